/** Where each kind of YAML content lives under the content folder (`*` matches one file name). */
export const YAML_SOURCES = {
  report: { path: 'report.yaml' },
  categories: { path: 'categories.yaml' },
  features: { path: 'features.yaml' },
  frameworks: { path: 'frameworks/*.yaml' },
  support: { path: 'support/*.yaml' },
  evidence: { path: 'evidence/*.yaml' },
  flowchart: { path: 'flowchart.yaml' },
  useCases: { path: 'use-cases.yaml' },
  integrations: { path: 'integrations.yaml' },
  configurations: { path: 'configurations.yaml' },
  references: { path: 'references.yaml' },
  redirects: { path: 'redirects.yaml' },
} as const;

export type YamlSource = keyof typeof YAML_SOURCES;

/** A YAML file as read from disk: its parsed value, or the parse errors. */
export interface RawFile {
  /** Path relative to the project root, e.g. `content/support/axolotl.yaml`. */
  file: string;
  value?: unknown;
  errors?: { message: string; line?: number; entry?: string }[];
}

/** An MDX file's location and front matter. */
export interface RawProse {
  file: string;
  /** e.g. `en/unsloth` */
  id: string;
  data: Record<string, unknown>;
  /** The MDX body after the front matter (used to check the ids of link components). */
  body?: string;
}

/** Everything the dataset is built from, before validation. */
export interface RawContent {
  yaml: Record<YamlSource, RawFile[]>;
  prose: Record<'frameworks' | 'guides', RawProse[]>;
}

/** The id a file stands for: its name without the extension. */
export function fileId(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}
