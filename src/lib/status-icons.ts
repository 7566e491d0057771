import type { Status } from '../schemas/status';

/** The icon shown with each status word (never colour alone). */
export const STATUS_ICONS: Record<Status, string> = {
  full: '✓',
  partial: '◐',
  experimental: '⚗',
  none: '✕',
  unknown: '?',
};

/** The icon of a cell the report does not cover (its report layer). */
export const NOT_COVERED_ICON = '–';
