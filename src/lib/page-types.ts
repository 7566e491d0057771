/** The kinds of page the site has: Base.astro's `pageType`, the search filter `type`, and its labels. */
export const PAGE_TYPES = ['framework', 'feature', 'comparison', 'guide', 'flowchart', 'other'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** True when a string is one of the page types (e.g. a `type` value read from the URL). */
export function isPageType(value: unknown): value is PageType {
  return PAGE_TYPES.includes(value as PageType);
}
