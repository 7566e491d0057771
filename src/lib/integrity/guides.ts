import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';
import { LOCALES } from '../i18n/locales';
import { suggestId } from './suggest';
import { findLinkComponents } from '../mdx-links';

/**
 * Every use case has a guide in every locale, every guide belongs to a use case, and every
 * framework or feature id a guide names (front matter or link component) exists.
 */
export function checkGuides(content: ParsedContent, contentDir: string): Problem[] {
  const problems: Problem[] = [];
  const { frameworks, features } = content.declared;
  const useCases = new Set(content.useCases.map((u) => u.id));
  const known = { framework: frameworks, feature: features, guide: useCases };
  const unread = {
    framework: false,
    feature: content.unreadSources.has('features'),
    guide: content.unreadSources.has('useCases'),
  };
  const expect = (kind: keyof typeof known, id: string, at: Omit<Problem, 'message'>) => {
    if (!unread[kind] && !known[kind].has(id))
      problems.push({ ...at, message: `unknown ${kind} "${id}"`, hint: suggestId(id, known[kind]) });
  };

  const pages = new Set(content.prose.guides.map((page) => page.id));
  for (const slug of new Set([
    ...content.useCases.map((u) => u.id),
    ...content.prose.guides.map((p) => p.id.split('/')[1] ?? ''),
  ])) {
    if (!useCases.has(slug)) continue;
    for (const locale of LOCALES) {
      if (pages.has(`${locale}/${slug}`)) continue;
      problems.push({
        file: `${contentDir}/guides/${locale}/${slug}.mdx`,
        entry: slug,
        message: `the ${locale} guide is missing`,
        hint: `Every use case in ${contentDir}/use-cases.yaml needs ${contentDir}/guides/{${LOCALES.join(',')}}/${slug}.mdx, with the same file name in each locale.`,
      });
    }
  }
  for (const guide of content.guides) {
    const at = { file: guide.file, entry: guide.id };
    if (!LOCALES.includes(guide.locale as never))
      problems.push({ ...at, message: `"${guide.locale}" is not a site locale (${LOCALES.join(', ')})` });
    if (!unread.guide && !useCases.has(guide.slug)) {
      problems.push({
        ...at,
        field: '(file name)',
        message: `unknown use case "${guide.slug}"`,
        hint: suggestId(guide.slug, useCases),
      });
    }
    if (guide.data.useCase !== guide.slug) {
      problems.push({
        ...at,
        field: 'useCase',
        message: `"${guide.data.useCase}" does not match the file name "${guide.slug}"`,
      });
    }
    guide.data.frameworks.forEach((id, i) => expect('framework', id, { ...at, field: `frameworks[${i}]` }));
    guide.data.features.forEach((id, i) => expect('feature', id, { ...at, field: `features[${i}]` }));
    for (const use of findLinkComponents(guide.body)) {
      expect(use.kind, use.id, { ...at, field: `<${use.component}> (body line ${use.line})` });
    }
  }
  return problems;
}
