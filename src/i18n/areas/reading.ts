// UI strings of the reading aids: the compact menu, "On this page", copy feedback, table cues and
// the home page's call to action. `en` defines the keys; `ja` must have the same keys (checked in ../ja.ts).
export const en = {
  'nav.menu': 'Menu',
  'toc.label': 'On this page',
  'toc.top': 'Back to top',
  'copy.done': 'Copied',
  'copy.failed': 'Not copied',
  'table.scrollHint': 'Scroll sideways to see every column.',
  'chart.scrollHint': 'Scroll sideways to see the whole chart.',
  'home.cta': 'Find your framework in a few questions',
  'home.ctaLead':
    'Answer yes or no about your hardware, team and model; each answer is kept in the address, so you can share the result.',
  'home.ctaCompare': 'Or compare all frameworks side by side',
  'compare.pairsJump': 'Two at a time:',
  'compare.filterToggle': 'Filter and highlight',
} as const;

export const ja = {
  'nav.menu': 'メニュー',
  'toc.label': 'このページの内容',
  'toc.top': 'ページの先頭へ',
  'copy.done': 'コピーしました',
  'copy.failed': 'コピーできません',
  'table.scrollHint': '表は横にスクロールすると、すべての列を見られます。',
  'chart.scrollHint': '図は横にスクロールすると、全体を見られます。',
  'home.cta': 'いくつかの質問でフレームワークを選ぶ',
  'home.ctaLead':
    'ハードウェア、チーム、モデルについて「はい」か「いいえ」で答えます。回答はアドレスに残るので、結果を共有できます。',
  'home.ctaCompare': 'すべてのフレームワークを並べて比較する',
  'compare.pairsJump': '2つずつ比較：',
  'compare.filterToggle': '絞り込みと強調',
} satisfies Record<keyof typeof en, string>;
