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

/** A problem found while reading a file, before any schema runs. */
export interface ReadError {
  message: string;
  line?: number;
  entry?: string;
  field?: string;
  hint?: string;
}

/** A YAML file as read from disk: its parsed value (absent when it could not be read), and the read errors. */
export interface RawFile {
  /** Path relative to the project root, e.g. `content/support/axolotl.yaml`. */
  file: string;
  value?: unknown;
  errors?: ReadError[];
}

/** An MDX file's location and front matter. */
export interface RawProse {
  file: string;
  /** e.g. `en/unsloth` */
  id: string;
  /** The front matter; absent when it could not be read (see `errors`). */
  data?: Record<string, unknown>;
  /** Problems reading the front matter. */
  errors?: ReadError[];
  /** The MDX body after the front matter (compiled and checked by the integrity pass). */
  body?: string;
  /** The line of the file where the body starts (1 without front matter). */
  bodyLine?: number;
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
