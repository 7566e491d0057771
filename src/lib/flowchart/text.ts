// Rough text measurement and line wrapping for SVG labels, done at build time (SVG text does not wrap).

/** Full-width scripts: CJK, kana, Hangul, full-width forms. */
const WIDE_RANGES =
  '\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const WIDE = new RegExp(`[${WIDE_RANGES}]`);
const TOKEN = new RegExp(`[${WIDE_RANGES}]|[^\\s${WIDE_RANGES}]+\\s*|\\s+`, 'g');
const NARROW = /[ilIjtf.,:;'!|()[\]\s]/;
/** Characters that may not start a line (Japanese line-breaking rules, kinsoku). */
const NO_START = /^[、。，．）」』】〕！？：・ー）)\].,!?:;]/;
/** Characters that may not end a line. */
const NO_END = /[（「『【〔([]$/;

/** The approximate width of a string in px: CJK characters are a full em, Latin ones about 0.6 em (generous, so text never overflows). */
export function measureText(text: string, fontSize: number): number {
  let em = 0;
  // Bold system-ui glyph widths, rounded up.
  for (const char of text)
    em += WIDE.test(char) ? 1.02 : NARROW.test(char) ? 0.36 : /[A-Z0-9mwMW]/.test(char) ? 0.76 : 0.62;
  return em * fontSize;
}

const PHRASES = new Intl.Segmenter('ja', { granularity: 'word' });

/** Splits text into unbreakable pieces: a Latin word with its trailing space, or a Japanese word
 * (dictionary segmentation, so that 「パラメータ」 or 「以上」 never split); kinsoku marks join their neighbour. */
function tokenize(text: string): string[] {
  const raw = WIDE.test(text) ? [...PHRASES.segment(text)].map((s) => s.segment) : (text.match(TOKEN) ?? []);
  const tokens: string[] = [];
  for (const piece of raw) {
    const last = tokens.length - 1;
    if (last >= 0 && (NO_START.test(piece) || NO_END.test(tokens[last]!))) tokens[last] += piece;
    else tokens.push(piece);
  }
  return tokens;
}

/** Wraps text into lines no wider than `maxWidth` px; a word longer than a line is split by characters. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const token of tokenize(text.trim())) {
    if (measureText((line + token).trimEnd(), fontSize) <= maxWidth) {
      line += token;
      continue;
    }
    push();
    for (const char of token) {
      if (measureText((line + char).trimEnd(), fontSize) > maxWidth) push();
      line += char;
    }
  }
  push();
  return lines;
}

/** Wraps like `wrapText`, then narrows the width as far as the line count allows, so lines come out even (no lone last word). */
export function wrapBalanced(text: string, maxWidth: number, fontSize: number): string[] {
  const lines = wrapText(text, maxWidth, fontSize);
  if (lines.length < 2) return lines;
  let low = 0;
  let high = maxWidth;
  while (high - low > 2) {
    const mid = (low + high) / 2;
    if (wrapText(text, mid, fontSize).length > lines.length) low = mid;
    else high = mid;
  }
  return wrapText(text, high, fontSize);
}
