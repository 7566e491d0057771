// Anchor links ("#" after headings, table rows and cards): still plain links to their target, so a
// click moves there and puts the #fragment in the address bar. With JavaScript a click also copies
// the full URL, shows "Copied" on the link for a moment and announces it in the page's live region.
const BADGE_MS = 2000;

document.addEventListener('click', (event) => {
  const anchor = (event.target as Element | null)?.closest?.('a.heading-link, a.copy-link');
  if (!(anchor instanceof HTMLAnchorElement)) return;
  const status = document.getElementById('heading-link-status');
  const done = (ok: boolean) => {
    if (status) status.textContent = (ok ? status.dataset.copied : status.dataset.failed) ?? '';
    anchor.querySelector('.copied-badge')?.remove();
    const badge = document.createElement('span');
    badge.className = 'copied-badge';
    badge.setAttribute('aria-hidden', 'true');
    badge.textContent = (ok ? status?.dataset.done : status?.dataset.notDone) ?? '';
    anchor.append(badge);
    setTimeout(() => {
      badge.remove();
      if (status) status.textContent = '';
    }, BADGE_MS);
  };
  if (!navigator.clipboard) return done(false);
  navigator.clipboard.writeText(anchor.href).then(
    () => done(true),
    () => done(false),
  );
});
