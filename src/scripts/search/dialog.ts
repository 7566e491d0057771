// The search dialog: a native modal <dialog> (focus stays inside, Escape closes, focus returns to
// what opened it), a labelled input, results as links that the arrow keys move through.
import { describe, handleArrows, loadPagefind, renderResults, search, type Labels } from './engine';

const ready = new WeakSet<HTMLDialogElement>();

/** Wires up the (already open) dialog of a <search-trigger> the first time it opens. */
export function wireDialog(host: HTMLElement, dialog: HTMLDialogElement): void {
  if (ready.has(dialog)) return;
  ready.add(dialog);
  const labels = JSON.parse(host.dataset.i18n ?? '{}') as Labels;
  const input = dialog.querySelector('input')!;
  const list = dialog.querySelector<HTMLElement>('[data-results]')!;
  const status = dialog.querySelector<HTMLElement>('[data-status]')!;

  const run = async () => {
    const q = input.value.trim();
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const found = await search(q, [], 8);
      if (!found || input.value.trim() !== q) return;
      renderResults(list, found.results, labels);
      status.textContent = describe(q, found.total, labels);
    } catch {
      status.textContent = labels.noIndex;
    }
  };
  status.textContent = labels.loading;
  loadPagefind().then(
    () => run(),
    () => (status.textContent = labels.noIndex),
  );
  input.addEventListener('input', () => void run());
  // A result on the current page only changes the #fragment: close so the section shows.
  list.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a')) dialog.close();
  });
  dialog.addEventListener('keydown', (event) => handleArrows(event, input, list));
  dialog.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the panel) closes, as a modal's dimmed area suggests.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
