import type { ParsedContent } from './dataset/parsed';
import { SECTIONS } from './navigation';

/** Sections whose pages this branch builds, in addition to the header's SECTIONS. */
const STATIC_ROUTES = ['/', '/frameworks/', '/guides/', '/integrations/', '/about/'];

/** The locale-free routes of every content page the site builds (redirect targets must be one). */
export function listRoutes(content: Pick<ParsedContent, 'frameworks' | 'useCases'>): string[] {
  return [
    ...new Set([...STATIC_ROUTES, ...SECTIONS.map((s) => s.route)]),
    ...content.frameworks.map((f) => `/frameworks/${f.id}/`),
    ...content.useCases.map((u) => `/guides/${u.id}/`),
  ];
}
