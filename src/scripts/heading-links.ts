// Anchor links ("#" after headings and table rows): still plain links to their target, so a click
// moves there and puts the #fragment in the address bar. With JavaScript a click also copies the
// full URL, shows "Copied" on the link for a moment (data-copied, drawn by CSS) and announces it in
// the page's live region.
document.addEventListener('click', (event) => {
  const anchor = (event.target as Element).closest?.<HTMLAnchorElement>('a.heading-link, a.copy-link');
  const status = document.getElementById('heading-link-status');
  if (!anchor || !status) return;
  const done = (ok: boolean) => {
    status.textContent = (ok ? status.dataset.copied : status.dataset.failed) ?? '';
    anchor.dataset.copied = (ok ? status.dataset.done : status.dataset.notDone) ?? '';
    setTimeout(() => {
      delete anchor.dataset.copied;
      status.textContent = '';
    }, 2000);
  };
  if (navigator.clipboard)
    navigator.clipboard.writeText(anchor.href).then(
      () => done(true),
      () => done(false),
    );
  else done(false);
});
