import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import { buildFlowchartView } from '../../src/lib/flowchart/view';
import { layoutFlowchart, LAYOUT, type Box } from '../../src/lib/flowchart/layout';
import { measureText, wrapText } from '../../src/lib/flowchart/text';

const dataset = buildDataset(readContent(process.cwd()));

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (p: { x: number; y: number }, width: number, height: number) =>
  p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;

describe('text measuring and wrapping', () => {
  it('counts CJK characters wider than Latin ones', () => {
    expect(measureText('並列化', 10)).toBeGreaterThanOrEqual(30);
    expect(measureText('abc', 10)).toBeLessThan(20);
  });

  it('wraps at spaces in English and anywhere in Japanese, but never before 。 or ？', () => {
    expect(wrapText('Do you need complex parallelism?', 120, 14)).toEqual(['Do you need', 'complex', 'parallelism?']);
    const ja = wrapText('再現性を重視するチーム開発ですか？', 100, 14);
    expect(ja.join('')).toBe('再現性を重視するチーム開発ですか？');
    for (const line of ja) {
      expect(measureText(line, 14)).toBeLessThanOrEqual(100 + 14);
      expect(line.startsWith('？')).toBe(false);
    }
  });

  it('splits a word longer than the line', () => {
    expect(wrapText('Ring-Flash-Attention', 60, 14).join('')).toBe('Ring-Flash-Attention');
    expect(wrapText('Ring-Flash-Attention', 60, 14).length).toBeGreaterThan(1);
  });
});

for (const locale of ['en', 'ja'] as const) {
  describe(`the real flowchart laid out in ${locale}`, () => {
    const { layout } = buildFlowchartView(dataset, locale, (route) => route);

    it('has a box for every node and a polyline and label for every answer', () => {
      expect(layout.nodes).toHaveLength(dataset.flowchart.nodes.length);
      expect(layout.edges).toHaveLength(
        dataset.flowchart.nodes.flatMap((n) => (n.type === 'question' ? n.answers : [])).length,
      );
      for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
    });

    it('lets no two node boxes or edge labels overlap', () => {
      const boxes = [...layout.nodes.map((n) => n.box), ...layout.edges.map((e) => e.label.box)];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!), `${i} / ${j}`).toBe(false);
      }
    });

    it('keeps every box, edge point and label inside the viewBox', () => {
      const { width, height } = layout;
      for (const box of [...layout.nodes.map((n) => n.box), ...layout.edges.map((e) => e.label.box)]) {
        expect(
          inside(box, width, height) && inside({ x: box.x + box.width, y: box.y + box.height }, width, height),
        ).toBe(true);
      }
      for (const point of layout.edges.flatMap((e) => e.points)) expect(inside(point, width, height)).toBe(true);
    });

    it('fits each text line inside its box', () => {
      for (const node of layout.nodes) {
        for (const line of [...node.title, ...node.links.flatMap((l) => l.lines)]) {
          const half = measureText(line.text, LAYOUT.fontSize) / 2;
          expect(line.x - half).toBeGreaterThanOrEqual(node.box.x);
          expect(line.x + half).toBeLessThanOrEqual(node.box.x + node.box.width);
          expect(line.y).toBeGreaterThan(node.box.y);
          expect(line.y).toBeLessThan(node.box.y + node.box.height);
        }
      }
    });

    it('runs top to bottom: every answer leads downwards', () => {
      const byId = new Map(layout.nodes.map((n) => [n.id, n.box]));
      for (const edge of layout.edges) expect(byId.get(edge.to)!.y).toBeGreaterThan(byId.get(edge.from)!.y);
    });
  });
}

describe('layoutFlowchart', () => {
  it('gives a result with several frameworks one link area per framework inside its box', () => {
    const layout = layoutFlowchart(
      [
        { id: 'q', kind: 'question', title: 'Question?' },
        { id: 'r', kind: 'result', title: 'Either', links: ['Axolotl', 'DeepSpeed'] },
        { id: 's', kind: 'result', title: 'One' },
      ],
      [
        { from: 'q', to: 'r', label: 'Yes' },
        { from: 'q', to: 's', label: 'No' },
      ],
    );
    const r = layout.nodes.find((n) => n.id === 'r')!;
    expect(r.links.map((l) => l.lines.map((x) => x.text).join(' '))).toEqual(['Axolotl', 'DeepSpeed']);
    for (const link of r.links) {
      expect(link.box.y).toBeGreaterThanOrEqual(r.box.y);
      expect(link.box.y + link.box.height).toBeLessThanOrEqual(r.box.y + r.box.height);
    }
    expect(overlaps(r.links[0]!.box, r.links[1]!.box)).toBe(false);
  });
});
