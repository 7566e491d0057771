// Proves that a bad flowchart stops `astro build` itself (not only buildDataset in a test), with the message.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build';

const root = process.cwd();
const tmp = mkdtempSync(join(root, '.tmp-flowchart-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('astro build with a flowchart that has a cycle', () => {
  it('fails and names the node, the field and the chain', () => {
    const content = join(tmp, 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
    cpSync(join(root, 'tests/fixtures/flowchart-bad-cycle/flowchart.yaml'), join(content, 'flowchart.yaml'));
    const { status, output } = astroBuild({ CONTENT_DIR: relative(root, content), OUT_DIR: join(tmp, 'dist') });
    expect(status).not.toBe(0);
    const dir = relative(root, content);
    expect(output).toContain(`${dir}/flowchart.yaml -> standard-distributed -> answers[1].next: closes a cycle: moe -> model-size -> reproducible-team -> standard-distributed -> moe`);
    expect(output).toContain(`${dir}/flowchart.yaml -> use-compare: is a second root: no answer leads to this result (the root is "single-gpu")`);
  });
});
