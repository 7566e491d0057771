// <search-page>: live search on /search/. The query and type filters live in the URL
// (`?q=...&type=...`, kept current with history.replaceState), so any state is a deep link.
import { readSearchState, writeSearchState } from '../../lib/search/query';
import { isPageType } from '../../lib/page-types';
import { describe, handleArrows, isLoaded, renderResults, search, type Labels } from './engine';

class SearchPage extends HTMLElement {
  connectedCallback() {
    const labels = JSON.parse(this.dataset.i18n ?? '{}') as Labels;
    const form = this.querySelector('form')!;
    const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="type"]')];
    const list = this.querySelector<HTMLElement>('[data-results]')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;

    const state = readSearchState(location.search);
    input.value = state.q;
    for (const box of boxes) box.checked = state.types.includes(box.value as never);

    const run = async () => {
      const q = input.value.trim();
      const types = boxes
        .filter((box) => box.checked)
        .map((box) => box.value)
        .filter(isPageType);
      history.replaceState(history.state, '', `${location.pathname}${writeSearchState({ q, types })}${location.hash}`);
      if (!q) {
        list.replaceChildren();
        status.textContent = '';
        return;
      }
      if (!isLoaded()) status.textContent = labels.loading;
      try {
        const found = await search(q, types, 30);
        if (!found) return;
        renderResults(list, found.results, labels);
        status.textContent = describe(q, found.total, labels);
      } catch {
        list.replaceChildren();
        status.textContent = labels.noIndex;
      }
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void run();
    });
    form.addEventListener('input', () => void run());
    this.addEventListener('keydown', (event) => handleArrows(event, input, list));
    if (state.q) void run();
  }
}
customElements.define('search-page', SearchPage);
