import * as compare from './areas/compare';
import * as flowchart from './areas/flowchart';
import * as guides from './areas/guides';
import * as search from './areas/search';
import * as evidence from './areas/evidence';
import * as reading from './areas/reading';

/** English UI strings: this object defines the set of keys every locale must provide. */
export const en = {
  'site.name': 'LLM Fine-Tuning Framework Guide',
  'site.shortName': 'FT Guide',
  'site.description':
    'Compare Unsloth, Axolotl, LlamaFactory and DeepSpeed feature by feature, and choose the right LLM fine-tuning framework.',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.frameworks': 'Frameworks',
  skip: 'Skip to content',
  'lang.switch': '日本語',
  'lang.switchLabel': 'このページを日本語で読む',
  'theme.toggle': 'Toggle dark mode',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'footer.dataAsOf': 'Data as of {date}',
  'footer.source': 'Source: a comparison report surveyed on {date}, based on',
  'footer.sources': 'Official sources',
  'status.full': 'Full',
  'status.partial': 'Partial',
  'status.experimental': 'Experimental',
  'status.none': 'None',
  'status.unknown': 'Unknown',
  'status.estimated': 'estimated',
  'status.legend': 'Legend',
  'home.title': 'Choose an LLM fine-tuning framework',
  'home.lead':
    'Open-source LLM fine-tuning frameworks, compared cell by cell from one typed dataset: what each supports, where it shines, and which one fits your project.',
  'home.frameworks': 'The frameworks',
  'home.outsideReport': 'Not in the report: every fact from its own docs',
  'home.stars': '{count} GitHub stars as of {date}',
  'frameworks.title': 'Frameworks',
  'frameworks.lead':
    'One page per framework: its idea, its parallelism support, its MoE support, what only it offers, and where it fits.',
  'framework.overview': 'At a glance',
  'framework.parallelism': 'Parallelism support',
  'framework.parallelismCaption': 'Parallelism support of {name}, as in the report',
  'framework.beyondCaption': '{name} on rows the report does not cover, from the framework’s own pages',
  'framework.parallelismCaptionOutside':
    'Parallelism support of {name}, from its own sources (the report does not cover it)',
  'framework.feature': 'Method',
  'framework.status': 'Status',
  'framework.details': 'Details',
  'framework.moe': 'Mixture of Experts (MoE)',
  'framework.moeForms': 'Parallelism forms for MoE',
  'framework.unique': 'Unique features',
  'framework.constraints': 'Constraints',
  'home.cardNotices': 'Newer evidence bears on {count} of these claims: see the summary',
  'framework.allFeatures': 'Every other compared feature',
  'framework.allFeaturesLead':
    'Each row of the comparison that is not above, with the report’s value, today’s where newer evidence differs, and every source.',
  'framework.groupCaption': '{name}: {group}',
  'framework.scenarios': 'Where it fits',
  'framework.summary': 'Summary',
  'framework.strengths': 'Strengths',
  'framework.weaknesses': 'Weaknesses',
  'framework.bestFor': 'Best for',
  'framework.links': 'Official links',
  'framework.repository': 'Repository',
  'framework.docs': 'Documentation',
  'framework.configMatrix': 'Configuration matrix',
  'framework.configMatrixCaption': 'Which combinations of dp_replicate, dp_shard, tp_size and cp_size work',
  'framework.combination': 'Combination',
  'framework.supported': 'Supported',
  'framework.notSupported': 'Not supported',
  'report.silent': 'Not covered by the report',
  ...compare.en,
  ...flowchart.en,
  ...guides.en,
  ...search.en,
  ...evidence.en,
  ...reading.en,
} as const;

export type UiKey = keyof typeof en;
