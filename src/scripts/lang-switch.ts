// The language switch leads to the twin page; with JavaScript it also carries the query string
// (?fw=, ?must=, ?view=, ?path=, ?q=) and the #fragment, since both languages share ids and
// parameters. Updated just before the link is followed, so a fragment set by scrolling counts too.
function carryState(link: HTMLAnchorElement) {
  const base = link.href.split(/[?#]/)[0]!;
  const update = () => (link.href = base + location.search + location.hash);
  for (const type of ['pointerdown', 'focus', 'click', 'auxclick', 'contextmenu']) link.addEventListener(type, update);
}
const langSwitch = document.querySelector<HTMLAnchorElement>('a[data-lang-switch]');
if (langSwitch) carryState(langSwitch);
