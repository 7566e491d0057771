// <copy-code>: shows the copy button when JavaScript runs and copies the code block's text,
// announcing the result through the element's aria-live region.
class CopyCode extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const code = this.querySelector('pre');
    const status = this.querySelector('[data-status-message]');
    if (!button || !code || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(code.textContent ?? '');
      if (status) status.textContent = this.dataset.copied ?? '';
      setTimeout(() => status && (status.textContent = ''), 3000);
    });
  }
}
customElements.define('copy-code', CopyCode);
