// <evidence-view>: switches the page between "as in the report" and "with newer evidence".
// The choice lives in the URL (?view=report), so a link reproduces it. Without JavaScript the page
// shows both statuses, which is the "with newer evidence" view.
import { readEvidenceView, writeEvidenceView, type EvidenceView } from '../lib/evidence-view';

class EvidenceViewSwitch extends HTMLElement {
  connectedCallback() {
    const inputs = [...this.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    const apply = (view: EvidenceView) => {
      document.documentElement.dataset.evidenceView = view;
      for (const input of inputs) input.checked = input.value === view;
    };
    apply(readEvidenceView(location.search));
    for (const input of inputs) {
      input.addEventListener('change', () => {
        const view = input.value as EvidenceView;
        apply(view);
        history.replaceState(null, '', `${location.pathname}${writeEvidenceView(location.search, view)}${location.hash}`);
      });
    }
    this.hidden = false;
  }
}
customElements.define('evidence-view', EvidenceViewSwitch);
