// UI strings of the flowchart pages. `en` defines the keys; `ja` must have the same keys (checked in ../ja.ts).
export const en = {
  'nav.choose': 'Choose',
  'choose.title': 'Which framework fits your project?',
  'choose.lead':
    'A short series of yes-or-no questions about your hardware, your team and your model leads to a recommendation. Start at the top: a yes stops at a framework, a no moves on to the next question.',
  'choose.asOf':
    'This is the selection flowchart of the comparison report, as of its survey on {date}. Newer releases may have changed what each framework supports.',
  'choose.wizard': 'Step by step',
  'choose.wizardIntro':
    'One question at a time. Your answers are kept in the address, so you can share or bookmark the result.',
  'choose.question': 'Question {number}',
  'choose.answers': 'Answers to question {number}',
  'choose.back': 'Back',
  'choose.restart': 'Start over',
  'choose.result': 'Recommendation',
  'choose.trail': 'Your answers (select one to change it)',
  'choose.change': 'Change this answer: {answer}',
  'choose.only': 'the only option among the report’s {count}',
  'choose.scope': 'The flowchart is the report’s: it covers the {count} frameworks the report compares ({names}).',
  'choose.scopeOthers':
    'Frameworks the report does not cover ({names}) are not in it: compare them on their own pages and in the tables.',
  'choose.why': 'Why',
  'choose.frameworkPage': 'About {name}',
  'choose.guide': 'Guide: {name}',
  'choose.chart': 'The flowchart',
  'choose.chartHint':
    'Question boxes link to the list below; result boxes link to the framework pages. On a small screen, scroll the chart sideways.',
  'choose.chartRegion': 'Selection flowchart, scrollable',
  'choose.chartTitle': 'Selection flowchart for an LLM fine-tuning framework',
  'choose.chartDesc':
    '{questions} questions from top to bottom; each answer is an arrow to the next question or to one of {results} results. The list below holds the same tree as text.',
  'choose.list': 'The flowchart as a list',
  'choose.goTo': 'go to question {number}',
  'choose.seeAbove': 'see the result above',
} as const;

export const ja = {
  'nav.choose': '選び方',
  'choose.title': 'どのフレームワークがプロジェクトに合うか',
  'choose.lead':
    'ハードウェア、チーム、モデルについての質問に「はい」か「いいえ」で答えていくと、推奨のフレームワークがわかります。上から順に答えてください。「はい」ならそこで推奨が決まり、「いいえ」なら次の質問へ進みます。',
  'choose.asOf':
    'これは比較レポートの選択フローチャートで、{date}の調査時点の内容です。その後のリリースで各フレームワークの対応状況が変わっている可能性があります。',
  'choose.wizard': '1問ずつ答える',
  'choose.wizardIntro':
    '質問を1つずつ表示します。回答はアドレスに残るので、結果を共有したりブックマークしたりできます。',
  'choose.question': '質問{number}',
  'choose.answers': '質問{number}の回答',
  'choose.back': '戻る',
  'choose.restart': '最初から',
  'choose.result': '推奨',
  'choose.trail': 'これまでの回答（選ぶと変更できます）',
  'choose.change': 'この回答を変更：{answer}',
  'choose.only': 'レポートの{count}つのうち唯一の選択肢',
  'choose.scope':
    'このフローチャートはレポートのもので、レポートが比較する{count}つのフレームワーク（{names}）だけを扱います。',
  'choose.scopeOthers':
    '{names}はレポートの対象外のため含まれていません。各フレームワークのページや比較表で比べてください。',
  'choose.why': '理由',
  'choose.frameworkPage': '{name}について',
  'choose.guide': 'ガイド：{name}',
  'choose.chart': 'フローチャート',
  'choose.chartHint':
    '質問の枠は下のリストに、結果の枠は各フレームワークのページにリンクしています。画面が狭い場合は、図を横にスクロールしてください。',
  'choose.chartRegion': '選択フローチャート（スクロールできます）',
  'choose.chartTitle': 'LLMファインチューニング・フレームワークの選択フローチャート',
  'choose.chartDesc':
    '上から下へ{questions}個の質問が並び、各回答の矢印が次の質問か{results}個の結果のいずれかにつながります。下のリストに同じ内容をテキストで載せています。',
  'choose.list': 'リスト形式のフローチャート',
  'choose.goTo': '質問{number}へ',
  'choose.seeAbove': '上の結果を参照',
} satisfies Record<keyof typeof en, string>;
