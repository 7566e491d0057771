import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';
import { LOCALES } from '../i18n/locales';

/** Every framework has a prose page in every locale, and no prose page lacks its framework. */
export function checkProseParity(content: ParsedContent, contentDir: string): Problem[] {
  const problems: Problem[] = [];
  const pages = new Set(content.prose.frameworks.map((page) => page.id));
  for (const id of content.declared.frameworks) {
    const framework = { id };
    for (const locale of LOCALES) {
      if (!pages.has(`${locale}/${framework.id}`)) {
        problems.push({
          file: `${contentDir}/frameworks/${locale}/${framework.id}.mdx`,
          entry: framework.id,
          message: `the ${locale} prose page is missing`,
          hint: `Every framework needs content/frameworks/{${LOCALES.join(',')}}/${framework.id}.mdx.`,
        });
      }
    }
  }
  const frameworks = content.declared.frameworks;
  for (const page of content.prose.frameworks) {
    const [locale, id = ''] = page.id.split('/');
    if (!frameworks.has(id))
      problems.push({ file: page.file, entry: id, message: `no framework "${id}" in content/frameworks/*.yaml` });
    if (!LOCALES.includes(locale as never))
      problems.push({
        file: page.file,
        entry: id,
        message: `"${locale}" is not a site locale (${LOCALES.join(', ')})`,
      });
  }
  return problems;
}
