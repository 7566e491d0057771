// The language switch leads to the twin page; with JavaScript it also carries the query string
// (?fw=, ?must=, ?view=, ?path=, ?q=) and the #fragment, since both languages share ids and
// parameters. Updated as the link is pointed at, focused or clicked, so a fragment reached after
// load counts too.
const langSwitch = document.querySelector<HTMLAnchorElement>('a[data-lang-switch]');
if (langSwitch) {
  const twin = langSwitch.href;
  const carry = () => (langSwitch.href = twin + location.search + location.hash);
  for (const type of ['pointerdown', 'focus', 'click']) langSwitch.addEventListener(type, carry);
}
