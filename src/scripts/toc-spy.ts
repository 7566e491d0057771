// <toc-spy>: marks the "On this page" link of the section being read with aria-current="true":
// the last section whose heading has passed the top third of the viewport.
customElements.define(
  'toc-spy',
  class extends HTMLElement {
    connectedCallback() {
      const links = [...this.querySelectorAll('a')];
      const mark = () => {
        let current: Element | undefined;
        for (const link of links) {
          if (
            (document.getElementById(link.hash.slice(1))?.getBoundingClientRect().top ?? innerHeight) <
            innerHeight / 3
          )
            current = link;
          link.removeAttribute('aria-current');
        }
        current?.setAttribute('aria-current', 'true');
      };
      addEventListener('scroll', mark, { passive: true });
      mark();
    }
  },
);
