import type { Status } from '../schemas/status';

/** The icon shown with each status word (never colour alone). */
export const STATUS_ICONS: Record<Status, string> = { full: '✓', partial: '◐', experimental: '⚗', none: '✕', unknown: '?' };
