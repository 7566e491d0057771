// Orthogonal edge routing for the flowchart: dagre places the boxes and the edge labels; each edge
// is then drawn as vertical and horizontal runs through its label, with rounded corners.
import type { Box, Point } from './layout';

/** The gap the arrowhead fills between an edge's last point and its target's top. */
export const ARROW_LENGTH = 9;
const INSET = 14;

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);
const centre = (box: Box): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** Routes an edge from the bottom of `source` through the centre of `label` to the top of `target`.
 * An edge whose label lies beside the box leaves near that corner and turns in the gap under the
 * box, so edges to the same side share one trunk and no run passes behind a label or a box. */
export function routeEdge(source: Box, target: Box, label: Box): Point[] {
  const l = centre(label);
  const sx = clamp(l.x, source.x + INSET, source.x + source.width - INSET);
  const tx = clamp(l.x, target.x + INSET, target.x + target.width - INSET);
  const top = target.y - ARROW_LENGTH;
  const bottom = source.y + source.height;
  const points: Point[] = [{ x: sx, y: bottom }];
  if (sx !== l.x) {
    const turn = Math.min(bottom + 10, (bottom + label.y) / 2);
    points.push({ x: sx, y: turn }, { x: l.x, y: turn });
  }
  if (tx !== l.x) {
    const jog = Math.max(l.y, top - 8);
    points.push({ x: l.x, y: jog }, { x: tx, y: jog });
  }
  points.push({ x: tx, y: top });
  return dedupe(points);
}

function dedupe(points: Point[]): Point[] {
  return points.filter((p, i) => i === 0 || p.x !== points[i - 1]!.x || p.y !== points[i - 1]!.y);
}

/** An SVG path through `points` whose corners are rounded with radius `r` (or less on short runs). */
export function edgePath(points: Point[], r = 8): string {
  const fmt = (n: number) => String(Math.round(n * 10) / 10);
  let d = `M${fmt(points[0]!.x)} ${fmt(points[0]!.y)}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    const next = points[i + 1];
    if (!next) {
      d += ` L${fmt(p.x)} ${fmt(p.y)}`;
      break;
    }
    const prev = points[i - 1]!;
    const inLen = Math.hypot(p.x - prev.x, p.y - prev.y);
    const outLen = Math.hypot(next.x - p.x, next.y - p.y);
    const k = Math.min(r, inLen / 2, outLen / 2);
    const a = { x: p.x - ((p.x - prev.x) / inLen) * k, y: p.y - ((p.y - prev.y) / inLen) * k };
    const b = { x: p.x + ((next.x - p.x) / outLen) * k, y: p.y + ((next.y - p.y) / outLen) * k };
    d += ` L${fmt(a.x)} ${fmt(a.y)} Q${fmt(p.x)} ${fmt(p.y)} ${fmt(b.x)} ${fmt(b.y)}`;
  }
  return d;
}
