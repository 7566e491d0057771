// <copy-code>: shows the copy button when JavaScript runs and copies the code block's text. The
// button itself reads "Copied" for a moment, and the element's aria-live region announces it.
const BUTTON_MS = 2000;

class CopyCode extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const code = this.querySelector('pre');
    const status = this.querySelector('[data-status-message]');
    if (!button || !code || !navigator.clipboard) return;
    const label = button.textContent ?? '';
    let timer = 0;
    button.hidden = false;
    button.addEventListener('click', async () => {
      let ok = true;
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
      } catch {
        ok = false;
      }
      button.textContent = (ok ? this.dataset.done : this.dataset.failed) ?? label;
      button.toggleAttribute('data-copied', ok);
      if (status) status.textContent = ok ? (this.dataset.copied ?? '') : '';
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        button.textContent = label;
        button.removeAttribute('data-copied');
        if (status) status.textContent = '';
      }, BUTTON_MS);
    });
  }
}
customElements.define('copy-code', CopyCode);
