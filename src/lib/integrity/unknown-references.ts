import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';
import { CATEGORIES } from '../../schemas/feature';
import { suggestId } from './suggest';
import type { YamlSource } from '../content/sources';

/**
 * Every id that one entry uses to point at another must exist. Ids of a kind whose file could not
 * be read are not checked: its syntax error is the one problem to fix.
 */
export function checkUnknownReferences(content: ParsedContent): Problem[] {
  const problems: Problem[] = [];
  const { frameworks, features } = content.declared;
  const useCases = new Set(content.useCases.map((u) => u.id));
  const nodes = new Set(content.flowchart?.nodes.map((n) => n.id) ?? []);
  const sourceOf: Record<string, YamlSource> = {
    feature: 'features',
    'use case': 'useCases',
    node: 'flowchart',
    category: 'categories',
  };

  const expect = (known: Set<string>, what: string, id: string, at: Omit<Problem, 'message'>) => {
    const source = sourceOf[what];
    if (source && content.unreadSources.has(source)) return;
    if (!known.has(id)) problems.push({ ...at, message: `unknown ${what} "${id}"`, hint: suggestId(id, known) });
  };

  for (const category of content.categories) {
    expect(new Set(CATEGORIES), 'category', category.id, { file: category.file, entry: category.id });
  }
  const categoryEntries = new Set(content.categories.map((c) => c.id));
  for (const feature of content.features) {
    expect(categoryEntries, 'category', feature.data.category, {
      file: feature.file,
      entry: feature.id,
      field: 'category',
    });
  }
  for (const cell of content.support) {
    expect(frameworks, 'framework', cell.framework, { file: cell.file, entry: cell.id, field: '(file name)' });
    expect(features, 'feature', cell.id, { file: cell.file, entry: cell.id });
  }
  for (const item of content.evidence) {
    expect(frameworks, 'framework', item.framework, { file: item.file, entry: item.id, field: '(file name)' });
    expect(features, 'feature', item.data.feature, { file: item.file, entry: item.id, field: 'feature' });
  }
  for (const useCase of content.useCases) {
    const at = { file: useCase.file, entry: useCase.id };
    expect(frameworks, 'framework', useCase.data.first, { ...at, field: 'first' });
    if (useCase.data.alternative)
      expect(frameworks, 'framework', useCase.data.alternative.framework, { ...at, field: 'alternative.framework' });
    useCase.data.features.forEach((id, i) => expect(features, 'feature', id, { ...at, field: `features[${i}]` }));
  }
  for (const item of [
    ...content.integrations,
    ...content.configurations.map((c) => ({ ...c, data: { frameworks: [c.data.framework] } })),
  ]) {
    item.data.frameworks.forEach((id, i) =>
      expect(frameworks, 'framework', id, { file: item.file, entry: item.id, field: `frameworks[${i}]` }),
    );
  }
  for (const reference of content.references) {
    if (reference.data.framework)
      expect(frameworks, 'framework', reference.data.framework, {
        file: reference.file,
        entry: reference.id,
        field: 'framework',
      });
  }
  const flowchart = content.flowchart;
  if (flowchart) {
    if (flowchart.root) expect(nodes, 'node', flowchart.root, { file: flowchart.file, field: 'root' });
    for (const node of flowchart.nodes) {
      const at = { file: flowchart.file, entry: node.id };
      if (node.data.type === 'question') {
        node.data.answers.forEach((answer, i) =>
          expect(nodes, 'node', answer.next, { ...at, field: `answers[${i}].next` }),
        );
        node.data.features.forEach((id, i) => expect(features, 'feature', id, { ...at, field: `features[${i}]` }));
      } else {
        node.data.frameworks.forEach((id, i) =>
          expect(frameworks, 'framework', id, { ...at, field: `frameworks[${i}]` }),
        );
        if (node.data.guide) expect(useCases, 'use case', node.data.guide, { ...at, field: 'guide' });
      }
    }
  }
  return problems;
}
