// <view-switch>: switches the page between the today view and the report view. The choice lives in
// the URL (?view=report) and on <html data-layer-view>, which view-init.js sets before first paint
// and CSS reads; other islands listen for `layer-view-change`. Without JavaScript: the today view.
import { LAYER_VIEW_CHANGE, readLayerView, writeLayerView, type LayerView } from '../lib/layer-view';

class ViewSwitch extends HTMLElement {
  connectedCallback() {
    const inputs = [...this.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    const apply = (view: LayerView) => {
      if (view === 'report') document.documentElement.dataset.layerView = 'report';
      else delete document.documentElement.dataset.layerView;
      for (const input of inputs) input.checked = input.value === view;
    };
    apply(readLayerView(location.search));
    for (const input of inputs) {
      input.addEventListener('change', () => {
        const view = input.value as LayerView;
        apply(view);
        history.replaceState(
          history.state,
          '',
          `${location.pathname}${writeLayerView(location.search, view)}${location.hash}`,
        );
        document.dispatchEvent(new CustomEvent(LAYER_VIEW_CHANGE, { detail: view }));
      });
    }
  }
}
customElements.define('view-switch', ViewSwitch);
