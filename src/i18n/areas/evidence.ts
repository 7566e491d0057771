// UI strings of the evidence pages. `en` defines the keys; `ja` must have the same keys (checked in ../ja.ts).
export const en = {} as const;

export const ja = {} satisfies Record<keyof typeof en, string>;
