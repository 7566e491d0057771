// <matrix-filter>: shows the filter form over tables that are complete without it, hides the
// framework columns the reader unticks, marks the frameworks that support every "must" feature,
// and keeps that state in the URL (?fw=...&must=...). Row "#" links are handled by heading-links.ts.
// "Supports" follows the view shown: today's status (data-current-status where present, else
// data-status) in the today view, the report's (data-status) with ?view=report.
import {
  findFrameworksMeeting,
  parseFilterState,
  readCellStatus,
  serializeFilterState,
  type FilterState,
} from '../lib/compare/filter-state';
import { LAYER_VIEW_CHANGE, readLayerView, type LayerView } from '../lib/layer-view';
import { fillPlaceholders } from '../lib/format';

class MatrixFilter extends HTMLElement {
  private form!: HTMLElement;
  private frameworks: string[] = [];
  private features: string[] = [];
  private cells: { framework: string; feature: string; status?: string; currentStatus?: string }[] = [];
  private state: FilterState = { frameworks: [], must: [] };

  connectedCallback() {
    const form = this.querySelector<HTMLElement>('[data-filter-form]');
    if (!form) return;
    this.form = form;
    this.frameworks = this.values('fw', false);
    this.features = this.values('must', false);
    for (const cell of this.querySelectorAll<HTMLElement>('td[data-framework][data-feature][data-status]')) {
      const { framework, feature, status, currentStatus } = cell.dataset;
      this.cells.push({
        framework: framework!,
        feature: feature!,
        ...(status ? { status } : {}),
        ...(currentStatus ? { currentStatus } : {}),
      });
    }
    this.apply(parseFilterState(location.search, this.frameworks, this.features), false);
    document.addEventListener(LAYER_VIEW_CHANGE, () => this.apply(this.state, false));
    form.addEventListener('change', () => this.apply(this.read(), true));
    form
      .querySelector('[data-filter-reset]')
      ?.addEventListener('click', () => this.apply({ frameworks: [...this.frameworks], must: [] }, true));
    form.hidden = false;
  }

  private values(name: string, checkedOnly: boolean): string[] {
    const boxes = this.form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`);
    return [...boxes].filter((box) => !checkedOnly || box.checked).map((box) => box.value);
  }

  private read(): FilterState {
    const shown = this.values('fw', true);
    return { frameworks: shown.length ? shown : [...this.frameworks], must: this.values('must', true) };
  }

  /** Each framework's status per feature in the view the page shows. */
  private statuses(view: LayerView): Record<string, Record<string, string | undefined>> {
    const statuses: Record<string, Record<string, string | undefined>> = {};
    for (const cell of this.cells) (statuses[cell.framework] ??= {})[cell.feature] = readCellStatus(cell, view);
    return statuses;
  }

  private apply(state: FilterState, push: boolean) {
    this.state = state;
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[name="fw"]'))
      box.checked = state.frameworks.includes(box.value);
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[name="must"]'))
      box.checked = state.must.includes(box.value);
    // Column headers, cells and their notes all name their framework.
    for (const el of this.querySelectorAll<HTMLElement>('[data-column], td[data-framework]')) {
      el.hidden = !state.frameworks.includes(el.dataset.column ?? el.dataset.framework ?? '');
    }
    for (const row of this.querySelectorAll<HTMLElement>('tr[data-row]'))
      row.toggleAttribute('data-must', state.must.includes(row.dataset.row!));
    const view = readLayerView(location.search);
    const meeting = state.must.length ? findFrameworksMeeting(this.statuses(view), state.frameworks, state.must) : [];
    for (const th of this.querySelectorAll<HTMLElement>('th[data-column]')) {
      const meets = meeting.includes(th.dataset.column!);
      th.toggleAttribute('data-meets', meets);
      th.querySelector('.meets')?.remove();
      if (meets) th.insertAdjacentHTML('beforeend', `<span class="meets">✓ ${this.dataset.msgMeets ?? ''}</span>`);
    }
    this.say(state, meeting);
    if (push)
      history.replaceState(
        history.state,
        '',
        `${location.pathname}${serializeFilterState(state, this.frameworks, location.search)}${location.hash}`,
      );
  }

  private say(state: FilterState, meeting: string[]) {
    const status = this.form.querySelector('[data-filter-status]');
    if (!status) return;
    const names = meeting.map((id) => this.querySelector(`th[data-column="${id}"] a`)?.textContent ?? id);
    const message = !state.must.length
      ? this.dataset.msgIdle
      : meeting.length
        ? fillPlaceholders(this.dataset.msgCount ?? '', {
            count: meeting.length,
            total: state.frameworks.length,
            names: names.join(', '),
          })
        : this.dataset.msgNone;
    status.textContent = message ?? '';
  }
}
customElements.define('matrix-filter', MatrixFilter);
