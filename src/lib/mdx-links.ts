/** The link components MDX prose may use, and the kind of id each takes. */
export const LINK_COMPONENTS = { FrameworkLink: 'framework', FeatureLink: 'feature', GuideLink: 'guide' } as const;
export type LinkKind = (typeof LINK_COMPONENTS)[keyof typeof LINK_COMPONENTS];

/** Finds `<FrameworkLink id="x" />`-style usages in an MDX body, with their line numbers. */
export function findLinkComponents(body: string): { component: string; kind: LinkKind; id: string; line: number }[] {
  const names = Object.keys(LINK_COMPONENTS).join('|');
  const pattern = new RegExp(`<(${names})\\b[^>]*?\\bid=(?:"([^"]*)"|'([^']*)'|\\{\\s*["']([^"']*)["']\\s*\\})`, 'g');
  return [...body.matchAll(pattern)].map((match) => {
    const component = match[1] as keyof typeof LINK_COMPONENTS;
    return {
      component,
      kind: LINK_COMPONENTS[component],
      id: match[2] ?? match[3] ?? match[4] ?? '',
      line: body.slice(0, match.index).split('\n').length,
    };
  });
}
