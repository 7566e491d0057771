// UI strings of the evidence layer (report status beside newer public evidence).
export const en = {
  'evidence.report': 'Report',
  'evidence.newer': 'Newer evidence',
  'evidence.currentLabel': 'Newer evidence ({date}): {status}',
  'evidence.sources': 'Sources',
  'evidence.sourcesCount': 'Sources ({count})',
  'evidence.reportSource': 'The report, surveyed {date}',
  'evidence.verdict.confirmed': 'Confirmed',
  'evidence.verdict.refined': 'Refined',
  'evidence.verdict.contradicted': 'Contradicted',
  'evidence.published': 'published {date}',
  'evidence.checked': 'checked {date}',
  'evidence.shows': 'shows: {status}',
} as const;

export const ja = {
  'evidence.report': 'レポート',
  'evidence.newer': '新しい根拠',
  'evidence.currentLabel': '新しい根拠（{date}）：{status}',
  'evidence.sources': '出典',
  'evidence.sourcesCount': '出典（{count}件）',
  'evidence.reportSource': 'レポート（{date}調査）',
  'evidence.verdict.confirmed': '裏付けあり',
  'evidence.verdict.refined': '補足あり',
  'evidence.verdict.contradicted': '相違あり',
  'evidence.published': '{date}公開',
  'evidence.checked': '{date}確認',
  'evidence.shows': '示す状況：{status}',
} satisfies Record<keyof typeof en, string>;
