import type { ParsedContent } from '../dataset/parsed';
import type { Problem } from '../problems';
import type { RuleContext } from '../dataset/build-dataset';

/** Evidence cannot be dated after the build: a future date is a typo or an invented source. */
export function checkEvidenceDate(content: ParsedContent, _contentDir: string, context: RuleContext): Problem[] {
  return content.evidence
    .filter((item) => item.data.date > context.today)
    .map((item) => ({
      file: item.file,
      entry: item.id,
      field: 'date',
      message: `${item.data.date} is after the build date ${context.today}`,
      hint: 'Use the date the source was published, or the day you checked it.',
    }));
}
