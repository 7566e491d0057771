// <theme-toggle>: switches between light and dark, remembers the choice, and shows itself only
// when JavaScript runs (without it the page follows the system setting).
class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const root = document.documentElement;
    const isDark = () =>
      root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
    const sync = () => button.setAttribute('aria-pressed', String(isDark()));
    button.addEventListener('click', () => {
      const next = isDark() ? 'light' : 'dark';
      root.dataset.theme = next;
      try {
        localStorage.setItem('theme', next);
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      sync();
    });
    sync();
    this.hidden = false;
  }
}
customElements.define('theme-toggle', ThemeToggle);
