/** The site's sections in header order. */
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

/** True when `route` is the section's route or lies below it (the home section matches only itself). */
export function isInSection(sectionRoute: string, route: string): boolean {
  return sectionRoute === '/' ? route === '/' : route.startsWith(sectionRoute);
}
