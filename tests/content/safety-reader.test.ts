// Files that do not read cleanly: every problem names its file (and line, entry, field), one syntax
// error gives one problem (no follow-on "unknown id"), and the build and the tests read alike.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editYaml, errorsAfter, replaceIn } from '../helpers/mutate';

const rewrite = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('YAML that cannot be read', () => {
  it('one syntax error in the features file gives one problem, not one per reference to a feature', () => {
    const message = errorsAfter((dir) => replaceIn(join(dir, 'features.yaml'), 'ddp:\n  category: parallelism', 'ddp:\n  category: [parallelism'));
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/features.yaml: line 6: Flow sequence in block collection must be sufficiently indented and end with a ]
        Hint: Fix the YAML syntax; nothing in this file was read.
      "
    `);
  });

  it('an alias bomb names the file', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)].join('\n');
    const message = errorsAfter((dir) => writeFileSync(join(dir, 'references.yaml'), `${bomb}\n`));
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/references.yaml: expands more than 100 YAML aliases (*name), like an alias bomb
        Hint: Write the values out instead of repeating aliases; nothing in this file was read.
      "
    `);
  });

  it('a __proto__ key names the file, the line and the entry', () => {
    const message = errorsAfter((dir) => replaceIn(join(dir, 'support/axolotl.yaml'), 'ddp:\n  status: full\n', 'ddp:\n  status: full\n  __proto__: { status: none }\n'));
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/support/axolotl.yaml -> ddp -> __proto__: line 4: the key "__proto__" is not allowed
        Hint: Rename the key; nothing in this file was read.
      "
    `);
  });

  it('a duplicate key in a nested field is reported at its own line, with its entry and field', () => {
    const message = errorsAfter((dir) => replaceIn(join(dir, 'support/axolotl.yaml'), 'ddp:\n  status: full\n', 'ddp:\n  status: full\n  status: full\n'));
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/support/axolotl.yaml -> ddp -> status: line 4: duplicate key "status" (first defined at line 3)
        Hint: Keys must be unique: remove one of them.
      "
    `);
  });

  it('a duplicate id is reported with both lines', () => {
    const message = errorsAfter((dir) => rewrite(join(dir, 'references.yaml'), (text) => `${text}${text.split('\n')[1]}\n`));
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/references.yaml -> unsloth-repository: line 11: duplicate id "unsloth-repository" (first defined at line 2)
        Hint: Ids must be unique: rename or merge the entries.
      "
    `);
  });

  it('a syntax error in the redirects file is a content problem with its file, not a crash of the Astro config', () => {
    const message = errorsAfter((dir) => writeFileSync(join(dir, 'redirects.yaml'), 'framework:\n  from: /framework/\n  to: [/frameworks/\n'));
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/redirects.yaml: line 4: Flow sequence in block collection must be sufficiently indented and end with a ]
        Hint: Fix the YAML syntax; nothing in this file was read.
      "
    `);
  });
});

describe('line endings and byte-order marks', () => {
  it('a guide and a YAML file saved with CRLF and a BOM read exactly like the originals', () => {
    expect(
      errorsAfter((dir) => {
        rewrite(join(dir, 'guides/en/startups.mdx'), (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`);
        rewrite(join(dir, 'support/axolotl.yaml'), (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`);
      }),
    ).toBe('');
  });

  it('a CRLF guide with a mistake is reported at the same line as with LF', () => {
    const mistake = (text: string) => text.replace('<FrameworkLink id="axolotl" />', '<FrameworkLink id="axolotol" />');
    const lf = errorsAfter((dir) => rewrite(join(dir, 'guides/en/startups.mdx'), mistake));
    const crlf = errorsAfter((dir) => rewrite(join(dir, 'guides/en/startups.mdx'), (text) => mistake(text).replace(/\n/g, '\r\n')));
    expect(crlf).toBe(lf);
    expect(lf).toContain('content/guides/en/startups.mdx -> en/startups -> <FrameworkLink> (body line');
  });
});

describe('front matter', () => {
  it('of framework prose is checked by our schema: every problem, each with file, entry and field', () => {
    const message = errorsAfter((dir) => {
      replaceIn(join(dir, 'frameworks/en/unsloth.mdx'), 'title: Unsloth\n', 'title: "  "\nsubtitle: x\n');
      replaceIn(join(dir, 'frameworks/ja/axolotl.mdx'), /description: .*\n/, `description: ${'長'.repeat(201)}\n`);
    });
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 3 problems:

      content/frameworks/en/unsloth.mdx -> en/unsloth -> title: must not be empty or blank

      content/frameworks/en/unsloth.mdx -> en/unsloth: unknown field "subtitle"
        Hint: Check the spelling against the schema in src/schemas/.

      content/frameworks/ja/axolotl.mdx -> ja/axolotl -> description: must be at most 200 characters
      "
    `);
  });

  it('that does not parse is reported with its line, and the page is not checked further', () => {
    const message = errorsAfter((dir) => replaceIn(join(dir, 'guides/en/startups.mdx'), 'frameworks: [axolotl, llamafactory]', 'frameworks: [axolotl, llamafactory'));
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/guides/en/startups.mdx -> en/startups: line 6: Flow sequence in block collection must be sufficiently indented and end with a ]
        Hint: Fix the YAML syntax; nothing in this file was read.
      "
    `);
  });
});

describe('one run reports everything', () => {
  it('several bad files are all reported in the same run', () => {
    const message = errorsAfter((dir) => {
      editYaml(join(dir, 'support/axolotl.yaml'), (doc) => doc.setIn(['ddp', 'status'], 'yes'));
      editYaml(join(dir, 'evidence/unsloth.yaml'), (doc) => doc.setIn([Object.keys(doc.toJS() as object)[0]!, 'date'], '2099-12-31'));
      editYaml(join(dir, 'use-cases.yaml'), (doc) => doc.setIn(['moe', 'first'], 'deepspeeed'));
      replaceIn(join(dir, 'guides/ja/moe.mdx'), '## ', '<div>\n\n## ');
    });
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 4 problems:

      content/support/axolotl.yaml -> ddp -> status: "yes" is not one of full, partial, experimental, none, unknown

      content/use-cases.yaml -> moe -> first: unknown framework "deepspeeed"
        Hint: Did you mean "deepspeed"?

      content/evidence/unsloth.yaml -> multi-gpu-docs-ddp -> date: 2099-12-31 is after the build date 2026-11-30
        Hint: Use the date the source was published, or the day you checked it.

      content/guides/ja/moe.mdx -> ja/moe: line 9: MDX syntax error: Expected a closing tag for \`<div>\`
        Hint: Fix the MDX syntax; the page cannot be compiled.
      "
    `);
  });
});
