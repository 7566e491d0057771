// Lays out the flowchart with dagre at build time: boxes, wrapped text, edge labels and a viewBox;
// edges are then routed orthogonally through their labels (route.ts).
import { Graph, layout, type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import { measureText, wrapBalanced } from './text';
import { routeEdge } from './route';

export interface LayoutNodeInput {
  id: string;
  kind: 'question' | 'result';
  title: string;
  /** Extra lines under the title, each its own link (a result's frameworks when there are several). */
  links?: string[];
}
export interface LayoutEdgeInput {
  from: string;
  to: string;
  label: string;
}
export interface Point {
  x: number;
  y: number;
}
export interface Box extends Point {
  width: number;
  height: number;
}
/** One line of text: `x` is its centre, `y` its baseline. */
export interface Line extends Point {
  text: string;
}
export interface LaidOutNode {
  id: string;
  kind: 'question' | 'result';
  box: Box;
  title: Line[];
  links: { lines: Line[]; box: Box }[];
}
export interface LaidOutEdge {
  from: string;
  to: string;
  points: Point[];
  label: { lines: Line[]; box: Box };
}
export interface FlowchartLayout {
  width: number;
  height: number;
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
}

export const LAYOUT = {
  fontSize: 14,
  labelFontSize: 12,
  lineHeight: 18,
  labelLineHeight: 15,
  padding: 10,
  questionWidth: 210,
  resultWidth: 150,
  labelWidth: 120,
  margin: 8,
} as const;

function block(lines: string[], fontSize: number, lineHeight: number) {
  const width = Math.max(0, ...lines.map((line) => measureText(line, fontSize)));
  return { lines, width, height: lines.length * lineHeight };
}

/** Places every text line of a block, centred on `cx`, starting at `top`. */
function place(lines: string[], cx: number, top: number, lineHeight: number, fontSize: number): Line[] {
  return lines.map((text, i) => ({ text, x: cx, y: top + i * lineHeight + (lineHeight + fontSize) / 2 - 2 }));
}

/** Computes the geometry of the chart, top to bottom, shifted so everything lies inside `0 0 width height`. */
export function layoutFlowchart(nodes: LayoutNodeInput[], edges: LayoutEdgeInput[]): FlowchartLayout {
  const { fontSize, labelFontSize, lineHeight, labelLineHeight, padding, margin } = LAYOUT;
  const g = new Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  g.setGraph({ rankdir: 'TB', align: 'UL', nodesep: 28, ranksep: 26, edgesep: 14, marginx: margin, marginy: margin });
  const texts = new Map(
    nodes.map((node) => {
      const max = node.kind === 'question' ? LAYOUT.questionWidth : LAYOUT.resultWidth;
      const title = block(wrapBalanced(node.title, max, fontSize), fontSize, lineHeight);
      const links = (node.links ?? []).map((text) => block(wrapBalanced(text, max, fontSize), fontSize, lineHeight));
      const width = Math.max(title.width, ...links.map((l) => l.width)) + 2 * padding;
      const height = title.height + links.reduce((sum, l) => sum + l.height + 4, 0) + 2 * padding;
      g.setNode(node.id, { width: Math.ceil(width), height: Math.ceil(height) });
      return [node.id, { title, links }];
    }),
  );
  const kinds = new Map(nodes.map((node) => [node.id, node.kind]));
  const labels = edges.map((edge, i) => {
    const label = block(wrapBalanced(edge.label, LAYOUT.labelWidth, labelFontSize), labelFontSize, labelLineHeight);
    g.setEdge(
      edge.from,
      edge.to,
      {
        width: Math.ceil(label.width + 8),
        height: label.height + 4,
        labelpos: 'c',
        weight: kinds.get(edge.to) === 'question' ? 4 : 1,
      },
      String(i),
    );
    return label;
  });
  layout(g);

  const laidNodes: LaidOutNode[] = nodes.map((node) => {
    const n = g.node(node.id);
    const box = { x: n.x! - n.width / 2, y: n.y! - n.height / 2, width: n.width, height: n.height };
    const text = texts.get(node.id)!;
    let top = box.y + padding + text.title.height;
    const links = text.links.map((link) => {
      const linkBox = { x: box.x + 4, y: top + 2, width: box.width - 8, height: link.height + 4 };
      top += link.height + 4;
      return { lines: place(link.lines, n.x!, linkBox.y + 2, lineHeight, fontSize), box: linkBox };
    });
    return {
      id: node.id,
      kind: node.kind,
      box,
      title: place(text.title.lines, n.x!, box.y + padding, lineHeight, fontSize),
      links,
    };
  });
  const boxes = new Map(laidNodes.map((node) => [node.id, node.box]));
  const laidEdges: LaidOutEdge[] = edges.map((edge, i) => {
    const e = g.edge({ v: edge.from, w: edge.to, name: String(i) });
    const label = labels[i]!;
    const box = { x: e.x! - e.width! / 2, y: e.y! - e.height! / 2, width: e.width!, height: e.height! };
    return {
      from: edge.from,
      to: edge.to,
      points: routeEdge(boxes.get(edge.from)!, boxes.get(edge.to)!, box),
      label: { lines: place(label.lines, e.x!, box.y + 2, labelLineHeight, labelFontSize), box },
    };
  });
  return fit(laidNodes, laidEdges, margin);
}

/** Shifts the drawing so its bounding box starts at `margin`, and sizes the canvas to hold it. */
function fit(nodes: LaidOutNode[], edges: LaidOutEdge[], margin: number): FlowchartLayout {
  const boxes = [
    ...nodes.map((n) => n.box),
    ...edges.map((e) => e.label.box),
    ...edges.flatMap((e) => e.points.map((p) => ({ ...p, width: 0, height: 0 }))),
  ];
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  const dx = margin - minX;
  const dy = margin - minY;
  const move = <T extends Point>(p: T): T => ({ ...p, x: round(p.x + dx), y: round(p.y + dy) });
  const movedNodes = nodes.map((n) => ({
    ...n,
    box: move(n.box),
    title: n.title.map(move),
    links: n.links.map((l) => ({ box: move(l.box), lines: l.lines.map(move) })),
  }));
  const movedEdges = edges.map((e) => ({
    ...e,
    points: e.points.map(move),
    label: { box: move(e.label.box), lines: e.label.lines.map(move) },
  }));
  const width = Math.max(...boxes.map((b) => b.x + b.width)) + dx + margin;
  const height = Math.max(...boxes.map((b) => b.y + b.height)) + dy + margin;
  return { width: Math.ceil(width), height: Math.ceil(height), nodes: movedNodes, edges: movedEdges };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
