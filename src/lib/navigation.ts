/** The site's sections in header order. Add a section here only once its pages exist. */
export const SECTIONS = [
  { key: 'nav.home', route: '/' },
  { key: 'nav.frameworks', route: '/frameworks/' },
  { key: 'nav.compare', route: '/compare/' },
  { key: 'nav.features', route: '/features/' },
  { key: 'nav.choose', route: '/choose/' },
  { key: 'nav.guides', route: '/guides/' },
  { key: 'nav.integrations', route: '/integrations/' },
  { key: 'nav.about', route: '/about/' },
] as const;

/** True when the site has a section at `route` (pages link to a section only once it exists). */
export function hasSection(route: string, sections: readonly { route: string }[] = SECTIONS): boolean {
  return sections.some((section) => section.route === route);
}

/** True when `route` is the section's route or lies below it (the home section matches only itself). */
export function isInSection(sectionRoute: string, route: string): boolean {
  return sectionRoute === '/' ? route === '/' : route.startsWith(sectionRoute);
}
