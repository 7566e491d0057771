import type { Status } from '../schemas/status';

/** The report's own marks for each status (see README, "Editing the data"), shown on the about page. */
export const REPORT_MARKS: Record<Status, string[]> = {
  full: ['✅', '完全対応', '対応', '最高'],
  experimental: ['実験的'],
  partial: ['基本'],
  unknown: ['❓', '不明'],
  none: ['❌', '未対応'],
};
