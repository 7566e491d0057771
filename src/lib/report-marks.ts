import type { Status } from '../schemas/status';

/**
 * Reads a status mark as the report writes it (✅ 実験的, ❓ 不明, ✅ 推定, ❌ 未対応 …) and returns the
 * status it stands for, following the mapping in the README. Used to prove every cell matches its mark.
 */
export function statusFromMark(mark: string): { status: Status; estimated: boolean } | undefined {
  const estimated = mark.includes('推定');
  if (mark.startsWith('❓')) return { status: 'unknown', estimated };
  if (mark.startsWith('❌')) return { status: 'none', estimated };
  if (!mark.startsWith('✅')) return undefined;
  if (mark.includes('実験的')) return { status: 'experimental', estimated };
  if (mark.includes('基本')) return { status: 'partial', estimated };
  return { status: 'full', estimated };
}
/** The report's own marks for each status (see README, "Editing the data"), shown on the about page. */
export const REPORT_MARKS: Record<Status, string[]> = {
  full: ['✅', '完全対応', '対応', '最高'],
  experimental: ['実験的'],
  partial: ['基本'],
  unknown: ['❓', '不明'],
  none: ['❌', '未対応'],
};
