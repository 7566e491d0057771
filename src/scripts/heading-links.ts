// Heading links ("#" after each heading): still plain links to the section; with JavaScript a
// click also copies the section's full URL and announces it in the page's aria-live region.
document.addEventListener('click', (event) => {
  const anchor = (event.target as Element | null)?.closest?.('a.heading-link');
  if (!(anchor instanceof HTMLAnchorElement) || !navigator.clipboard) return;
  const status = document.getElementById('heading-link-status');
  navigator.clipboard.writeText(anchor.href).then(
    () => {
      if (!status) return;
      status.textContent = status.dataset.copied ?? '';
      setTimeout(() => (status.textContent = ''), 3000);
    },
    () => {},
  );
});
