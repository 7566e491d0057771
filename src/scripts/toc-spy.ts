// <toc-spy>: marks the "On this page" link of the section being read with aria-current="true".
// The current section is the last one whose heading has passed the top third of the viewport.
class TocSpy extends HTMLElement {
  connectedCallback() {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
    let frame = 0;
    const mark = () => {
      frame = 0;
      let current = -1;
      targets.forEach((el, i) => {
        if (el && el.getBoundingClientRect().top < innerHeight / 3) current = i;
      });
      links.forEach((a, i) => (i === current ? a.setAttribute('aria-current', 'true') : a.removeAttribute('aria-current')));
    };
    addEventListener('scroll', () => (frame ||= requestAnimationFrame(mark)), { passive: true });
    mark();
  }
}
customElements.define('toc-spy', TocSpy);
