import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import { listPages, loadPage } from '../helpers/dist';

const { flowchart } = buildDataset(readContent(process.cwd()));
/** Every framework a result of the flowchart recommends. */
const FRAMEWORKS = [...new Set(flowchart.nodes.flatMap((n) => (n.type === 'result' ? n.frameworks : [])))];

describe('the choose page', () => {
  for (const [prefix, lang] of [
    ['', 'en'],
    ['/ja', 'ja'],
  ] as const) {
    describe(`in ${lang}`, () => {
      const doc = loadPage(`${prefix}/choose/`);
      const svg = doc.querySelector('main svg.fc')!;

      it('holds the flowchart SVG, named by its title and description, in a focusable scroll region kept out of search', () => {
        expect(svg).not.toBeNull();
        expect(svg.getAttribute('aria-labelledby')).toBe('fc-title fc-desc');
        expect(doc.getElementById('fc-title')?.textContent).toBe(
          lang === 'en'
            ? 'Selection flowchart for an LLM fine-tuning framework'
            : 'LLMファインチューニング・フレームワークの選択フローチャート',
        );
        expect(doc.getElementById('fc-desc')?.textContent).toContain(lang === 'en' ? '8 questions' : '8個の質問');
        const region = svg.closest('section[aria-label]')!; // a labelled section is a region landmark
        expect(region.getAttribute('tabindex')).toBe('0');
        expect(region.getAttribute('aria-label')).toBeTruthy();
        expect(region.hasAttribute('data-pagefind-ignore')).toBe(true);
        // A group, not an img: an img role would hide the links inside from assistive technology.
        expect(svg.getAttribute('role')).toBe('group');
      });

      it('draws every node, and every answer as an arrow with its label', () => {
        const nodes = [...svg.querySelectorAll('[data-node]')].map((n) => n.getAttribute('data-node')).sort();
        expect(nodes).toEqual(flowchart.nodes.map((n) => n.id).sort());
        const edges = flowchart.nodes.flatMap((n) =>
          n.type === 'question' ? n.answers.map((a) => `${n.id}>${a.next}`) : [],
        );
        expect([...svg.querySelectorAll('path[data-edge]')].map((e) => e.getAttribute('data-edge')).sort()).toEqual(
          [...edges].sort(),
        );
        const label = svg.querySelector('[data-edge-label="single-gpu>use-unsloth"]');
        expect(label?.textContent?.trim()).toBe(lang === 'en' ? 'Yes' : 'はい');
      });

      it('links the SVG results to every recommended framework page, and its questions to their list items', () => {
        const hrefs = [...svg.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        for (const id of FRAMEWORKS) expect(hrefs).toContain(`${prefix}/frameworks/${id}/`);
        expect(svg.querySelector('a[data-node="use-deepspeed-pipeline"]')?.getAttribute('href')).toBe(
          `${prefix}/frameworks/deepspeed/`,
        );
        expect(svg.querySelector('a[data-node="moe"]')?.getAttribute('href')).toBe('#node-moe');
        const pages = new Set(listPages());
        for (const href of hrefs) {
          if (href!.startsWith('#')) expect(doc.getElementById(href!.slice(1)), href!).not.toBeNull();
          else expect(pages.has(href!), href!).toBe(true);
        }
      });

      it('gives a two-framework result one link per framework inside its node', () => {
        const node = svg.querySelector('[data-node="use-axolotl-or-deepspeed-3d"]')!;
        expect([...node.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
          `${prefix}/frameworks/axolotl/`,
          `${prefix}/frameworks/deepspeed/`,
        ]);
      });

      it('lists the same tree as text inside the searchable main, with id="node-<id>" for every node', () => {
        const main = doc.querySelector('main[data-pagefind-body]')!;
        for (const node of flowchart.nodes) {
          const item = doc.getElementById(`node-${node.id}`);
          expect(item?.tagName, node.id).toBe('LI');
          expect(main.contains(item), node.id).toBe(true);
          expect(item?.closest('[data-pagefind-ignore]'), node.id).toBeNull();
        }
        const pipeline = doc.getElementById('node-use-deepspeed-pipeline')!;
        expect(pipeline.textContent).toContain(
          lang === 'en'
            ? 'Of the four, only DeepSpeed offers pipeline parallelism.'
            : '4つのうちパイプライン並列を備えるのはDeepSpeedだけです。',
        );
        const links = [...pipeline.querySelectorAll('a')].filter((a) => !a.closest('[data-notices]'));
        expect(links[0]?.getAttribute('href')).toBe(`${prefix}/frameworks/deepspeed/`);
        expect(doc.querySelector('#node-single-gpu a[href="#node-gui"]')).not.toBeNull();
        expect(doc.getElementById('node-complex-parallelism')?.textContent).toContain(
          lang === 'en' ? 'Context, 3D or pipeline parallelism' : 'コンテキスト並列・3D並列・パイプライン並列',
        );
      });

      it('ships the wizard hidden, with one panel per node and answer buttons that name the next node', () => {
        const wizard = doc.querySelector('flowchart-wizard')!;
        expect(wizard.getAttribute('data-root')).toBe('single-gpu');
        expect(wizard.querySelector('[data-wizard]')?.hasAttribute('hidden')).toBe(true);
        expect(wizard.querySelectorAll('[data-step]').length).toBe(flowchart.nodes.length);
        const buttons = [...wizard.querySelectorAll('[data-step="parallelism-kind"] button[data-next]')];
        expect(buttons.map((b) => b.getAttribute('data-next'))).toEqual([
          'use-axolotl-context',
          'use-axolotl-or-deepspeed-3d',
          'use-deepspeed-pipeline',
        ]);
        expect(doc.querySelector('script[type="module"]')).not.toBeNull();
      });

      it("says the chart is the report's, as of its survey date, and links no guide page before guides exist", () => {
        expect(doc.querySelector('main')?.textContent).toContain(
          lang === 'en' ? 'as of its survey on December 19, 2025' : '2025年12月19日の調査時点',
        );
        const pages = new Set(listPages());
        const guides = [...doc.querySelectorAll('a[href*="/guides/"]')].map((a) => a.getAttribute('href')!);
        for (const href of guides) expect(pages.has(href), href).toBe(true);
      });

      it('is in the header navigation', () => {
        expect(doc.querySelector(`header a[href="${prefix}/choose/"]`)?.getAttribute('aria-current')).toBe('page');
      });
    });
  }
});
