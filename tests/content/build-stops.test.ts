// Proves that bad content stops `astro build` itself, with every problem of the run named (file,
// entry, field, line), and nothing else around it: one build with several bad files, made from the
// real content by one mutation each (so they cannot rot). Builds are few: each takes a minute.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { astroBuild } from '../helpers/astro-build';
import { editYaml, replaceIn } from '../helpers/mutate';

const root = process.cwd();
const dir = '.tmp/bad-build';
const content = join(root, dir, 'content');

afterAll(() => rmSync(join(root, dir), { recursive: true, force: true }));

/** Follows the last answer ("no") from the root: the first questions of the real flowchart. */
function questionChain(): string[] {
  const chart = parseDocument(readFileSync(join(content, 'flowchart.yaml'), 'utf8')).toJS() as {
    root: string;
    nodes: Record<string, { type: string; answers?: { next: string }[] }>;
  };
  const chain = [chart.root];
  for (let node = chart.nodes[chart.root]; node?.answers; node = chart.nodes[chain.at(-1)!]) chain.push(node.answers.at(-1)!.next);
  return chain.filter((id) => chart.nodes[id]?.type === 'question');
}

describe('astro build with bad content', () => {
  it('fails once and names every problem: YAML, front matter, MDX, flowchart, redirects, evidence', () => {
    rmSync(join(root, dir), { recursive: true, force: true });
    mkdirSync(join(root, dir), { recursive: true });
    cpSync(join(root, 'content'), content, { recursive: true });
    editYaml(join(content, 'support/axolotl.yaml'), (doc) => doc.setIn(['pipeline-parallelism', 'status'], 'yes'));
    replaceIn(join(content, 'support/unsloth.yaml'), /^ddp:\n/m, 'ddp:\n  __proto__: { polluted: true }\n');
    writeFileSync(join(content, 'redirects.yaml'), 'framework:\n  from: /framework/\n  to: [/frameworks/\n');
    replaceIn(join(content, 'frameworks/en/deepspeed.mdx'), /^title: .*$/m, 'title: "   "');
    replaceIn(join(content, 'guides/ja/moe.mdx'), '## ', '<div>\n\n## ');
    const [, first, second, third] = questionChain();
    // A third answer that leads back: a cycle, and nothing else changes.
    editYaml(join(content, 'flowchart.yaml'), (doc) => doc.addIn(['nodes', third!, 'answers'], doc.createNode({ label: { en: 'Back', ja: '戻る' }, next: first })));
    editYaml(join(content, 'evidence/axolotl.yaml'), (doc) => doc.setIn([Object.keys(doc.toJS() as object)[0]!, 'date'], '2099-01-01'));

    const { status, output } = astroBuild({ CONTENT_DIR: `${dir}/content`, OUT_DIR: `${dir}/dist` });
    expect(status).not.toBe(0);
    const at = `${dir}/content`;
    for (const expected of [
      `${at}/support/axolotl.yaml -> pipeline-parallelism -> status: "yes" is not one of full, partial, experimental, none, unknown`,
      `${at}/support/unsloth.yaml -> ddp -> __proto__: line 4: the key "__proto__" is not allowed`,
      `${at}/redirects.yaml: line 4: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      `${at}/frameworks/en/deepspeed.mdx -> en/deepspeed -> title: must not be empty or blank`,
      `${at}/guides/ja/moe.mdx -> ja/moe: line 9: MDX syntax error: Expected a closing tag for \`<div>\``,
      `is after the build date`,
    ]) {
      expect(output).toContain(expected);
    }
    expect(output).toMatch(new RegExp(`${at}/flowchart\\.yaml -> ${third} -> answers\\[\\d+\\]\\.next: closes a cycle: ${first} -> ${second} -> ${third} -> ${first}`));
    expect(output).not.toMatch(/^\s+at /m); // no stack frames under the problems
    expect(output).toMatch(/Content check failed with 7 problems/);
    expect(output).not.toContain('Browser APIs');
  }, 300_000);

  it('refuses a BASE_PATH that is not a path prefix, naming BASE_PATH, before building anything', () => {
    const { status, output } = astroBuild({ BASE_PATH: 'https://example.org/docs', OUT_DIR: `${dir}/dist-base` });
    expect(status).not.toBe(0);
    expect(output).toContain('BASE_PATH "https://example.org/docs" is not a path prefix such as /llm-ft/');
  }, 120_000);
});
