// <search-trigger>: the header's search link. Without JavaScript it goes to /search/; with it, a
// click or `/`, Ctrl+K, Cmd+K opens the search dialog, whose code loads on first use.
class SearchTrigger extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a');
    const dialog = this.querySelector('dialog');
    if (!link || !dialog) return;
    link.setAttribute('role', 'button');
    link.setAttribute('aria-haspopup', 'dialog');
    const open = (event: Event) => {
      event.preventDefault();
      // Opened at once, so keys typed while the dialog's code loads land in its input.
      dialog.showModal();
      dialog.querySelector('input')?.select();
      void import('./dialog').then(({ wireDialog }) => wireDialog(this, dialog));
    };
    link.addEventListener('click', open);
    // Escape closes at once, even while the search field holds text (where it would only clear it).
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      dialog.close();
    });
    // It now acts as a button, so Space activates it as well as Enter.
    link.addEventListener('keydown', (event) => {
      if (event.key === ' ') open(event);
    });
    document.addEventListener('keydown', (event) => {
      if (dialog.open || event.defaultPrevented || event.altKey) return;
      const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
      if (shortcut || slash) open(event);
    });
  }
}

/** True while the reader types in a field, where `/` is a character and not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

customElements.define('search-trigger', SearchTrigger);
