// UI strings of the search pages. `en` defines the keys; `ja` must have the same keys (checked in ../ja.ts).
export const en = {
  'search.title': 'Search',
  'search.description': 'Search every page of the guide, in English or Japanese, and filter by kind of page.',
  'search.open': 'Search',
  'search.label': 'Search the guide',
  'search.submit': 'Search',
  'search.close': 'Close',
  'search.filters': 'Kind of page',
  'search.type.framework': 'Framework',
  'search.type.feature': 'Feature',
  'search.type.comparison': 'Comparison',
  'search.type.guide': 'Guide',
  'search.type.flowchart': 'Flowchart',
  'search.type.other': 'Other',
  'search.noscript':
    'Search runs in your browser and needs JavaScript. Without it, use the navigation or the framework pages.',
  'search.hint': 'Up and down arrows move through the results, Enter opens one, Escape closes.',
  'search.loading': 'Loading the search index…',
  'search.noIndex':
    'The search index is not available. It is built by npm run build; serve the built site with npm start to search.',
  'search.count.one': '1 result for “{q}”',
  'search.count.other': '{count} results for “{q}”',
  'search.none': 'No results for “{q}”.',
  'search.sections': 'Sections',
} as const;

export const ja = {
  'search.title': '検索',
  'search.description': 'ガイドの全ページを日本語または英語で検索し、ページの種類で絞り込めます。',
  'search.open': '検索',
  'search.label': 'ガイド内を検索',
  'search.submit': '検索',
  'search.close': '閉じる',
  'search.filters': 'ページの種類',
  'search.type.framework': 'フレームワーク',
  'search.type.feature': '機能',
  'search.type.comparison': '比較',
  'search.type.guide': 'ガイド',
  'search.type.flowchart': 'フローチャート',
  'search.type.other': 'その他',
  'search.noscript':
    '検索はブラウザ上で動作するため、JavaScriptが必要です。JavaScriptが使えない場合は、ナビゲーションやフレームワークのページをご利用ください。',
  'search.hint': '上下の矢印キーで結果を移動し、Enterキーで開き、Escキーで閉じます。',
  'search.loading': '検索インデックスを読み込んでいます…',
  'search.noIndex':
    '検索インデックスがありません。インデックスはnpm run buildで作成されます。検索するには、ビルドしたサイトをnpm startで表示してください。',
  'search.count.one': '「{q}」の検索結果：1件',
  'search.count.other': '「{q}」の検索結果：{count}件',
  'search.none': '「{q}」に一致するページはありません。',
  'search.sections': 'セクション',
} satisfies Record<keyof typeof en, string>;
