// The flowchart page's view model: localized text, links, the dagre layout and the list order, computed once.
import type { Dataset } from '../dataset/types';
import type { Locale } from '../i18n/locales';
import { layoutFlowchart, type FlowchartLayout } from './layout';
import { reachableFrom } from './graph';
import { buildNotices, type Notice, type StatusWord } from '../notices';
import { routes, type LinkTo } from '../routes';

export interface LinkView {
  label: string;
  href: string;
}
export interface AnswerView {
  label: string;
  next: string;
  /** The list item of the node it leads to. */
  href: string;
  /** A question's number when it leads to a question. */
  nextNumber?: number;
  /** True where the list writes out the result it leads to (the first answer that reaches it). */
  inline: boolean;
}
export interface QuestionView {
  id: string;
  number: number;
  question: string;
  help?: string;
  answers: AnswerView[];
}
export interface ResultView {
  id: string;
  title: string;
  only: boolean;
  reasons: string[];
  frameworks: LinkView[];
  guide?: LinkView;
  /** Newer evidence on the cells the result rests on. */
  notices: Notice[];
}
export interface FlowchartView {
  root: string;
  /** Questions in breadth-first order from the root (their number is their position). */
  questions: QuestionView[];
  results: Record<string, ResultView>;
  layout: FlowchartLayout;
  /** Where each SVG node links: a question to its list item, a one-framework result to the framework page. */
  nodeHref: Record<string, string | undefined>;
}

/** Builds everything the flowchart components render; `link` turns routes into the page's hrefs. */
export function buildFlowchartView(
  dataset: Dataset,
  locale: Locale,
  link: LinkTo,
  /** Words for statuses in notices (the page passes its translations; ids by default). */
  statusWord: StatusWord = (status) => status,
): FlowchartView {
  const { root, nodes } = dataset.flowchart;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const order = reachableFrom(
    root,
    nodes.map((n) => (n.type === 'question' ? { id: n.id, answers: n.answers } : { id: n.id })),
  );
  const names = new Map(dataset.frameworks.map((f) => [f.id, f.name]));
  const useCases = new Map(dataset.useCases.map((u) => [u.id, u.label[locale]]));

  const questions: QuestionView[] = [];
  const results: Record<string, ResultView> = {};
  for (const id of order) {
    const node = byId.get(id)!;
    if (node.type === 'question') {
      questions.push({
        id,
        number: questions.length + 1,
        question: node.question[locale],
        ...(node.help ? { help: node.help[locale] } : {}),
        answers: node.answers.map((a) => ({
          label: a.label[locale],
          next: a.next,
          href: `#node-${a.next}`,
          inline: false,
        })),
      });
    } else {
      const guide = node.guide
        ? { label: useCases.get(node.guide) ?? node.guide, href: link(routes.guide(node.guide)) }
        : undefined;
      results[id] = {
        id,
        title: node.title[locale],
        only: node.only,
        reasons: node.reasons.map((r) => r[locale]),
        frameworks: node.frameworks.map((f) => ({ label: names.get(f) ?? f, href: link(routes.framework(f)) })),
        ...(guide ? { guide } : {}),
        notices: buildNotices(dataset, node.basis, locale, statusWord),
      };
    }
  }

  const numbers = new Map(questions.map((q) => [q.id, q.number]));
  const written = new Set<string>();
  for (const answer of questions.flatMap((q) => q.answers)) {
    const number = numbers.get(answer.next);
    if (number) answer.nextNumber = number;
    else if (results[answer.next] && !written.has(answer.next)) {
      answer.inline = true;
      written.add(answer.next);
    }
  }

  const layout = layoutFlowchart(
    order.map((id) => {
      const result = results[id];
      if (!result) return { id, kind: 'question' as const, title: questions.find((q) => q.id === id)!.question };
      const many = result.frameworks.length > 1;
      return {
        id,
        kind: 'result' as const,
        title: result.title,
        ...(many ? { links: result.frameworks.map((f) => f.label) } : {}),
      };
    }),
    questions.flatMap((q) => q.answers.map((a) => ({ from: q.id, to: a.next, label: a.label }))),
  );
  const nodeHref = Object.fromEntries(
    order.map((id) => {
      const result = results[id];
      return [id, result ? (result.frameworks.length === 1 ? result.frameworks[0]!.href : undefined) : `#node-${id}`];
    }),
  );
  return { root, questions, results, layout, nodeHref };
}
