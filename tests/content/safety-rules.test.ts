// Every branch of every integrity rule, each on the real content with one mutation, with the exact
// message an editor sees (issue #15, "Content safety net"; evidence rules of issue #12).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editYaml, errorsAfter, replaceIn } from '../helpers/mutate';

describe('redirects', () => {
  it('refuse a redirect from a feature page, a pair page or /search/ (it would replace the page)', () => {
    const message = errorsAfter((dir) =>
      editYaml(join(dir, 'redirects.yaml'), (doc) => {
        doc.setIn(['framework', 'from'], '/features/moe/');
        doc.setIn(['use-cases', 'from'], '/compare/axolotl-vs-unsloth/');
        doc.setIn(['search', 'from'], '/search/');
        doc.setIn(['search', 'to'], '/guides/');
      }),
    );
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 3 problems:

      content/redirects.yaml -> framework -> from: "/features/moe/" is a page the site builds; the redirect would replace it in every locale
        Hint: Redirect only routes that no longer exist.

      content/redirects.yaml -> use-cases -> from: "/compare/axolotl-vs-unsloth/" is a page the site builds; the redirect would replace it in every locale
        Hint: Redirect only routes that no longer exist.

      content/redirects.yaml -> search -> from: "/search/" is a page the site builds; the redirect would replace it in every locale
        Hint: Redirect only routes that no longer exist.
      "
    `);
  });

  it('accept a redirect to a feature page, and refuse one to a route no page has', () => {
    const message = errorsAfter((dir) =>
      editYaml(join(dir, 'redirects.yaml'), (doc) => {
        doc.setIn(['framework', 'to'], '/features/moe/');
        doc.setIn(['use-cases', 'to'], '/guide/');
      }),
    );
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/redirects.yaml -> use-cases -> to: no page is built at "/guide/"
        Hint: Did you mean "/guides/"?
      "
    `);
  });

  it('refuse a source under a reserved prefix, and the same source twice', () => {
    const message = errorsAfter((dir) =>
      editYaml(join(dir, 'redirects.yaml'), (doc) => {
        doc.setIn(['use-cases', 'from'], '/framework/');
        doc.setIn(['old-ja', 'from'], '/ja/old/');
        doc.setIn(['old-ja', 'to'], '/guides/');
      }),
    );
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 2 problems:

      content/redirects.yaml -> use-cases -> from: "/framework/" is already redirected by "framework"

      content/redirects.yaml -> old-ja -> from: "/ja/old/" lies under /ja/, which the site serves itself
        Hint: Write routes without the locale prefix; redirects apply to every locale.
      "
    `);
  });
});

describe('evidence', () => {
  it('refuses a date after the build date', () => {
    const message = errorsAfter((dir) => editYaml(join(dir, 'evidence/axolotl.yaml'), (doc) => doc.setIn(['multi-gpu-ddp-default', 'date'], '2099-01-01')));
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/evidence/axolotl.yaml -> multi-gpu-ddp-default -> date: 2099-01-01 is after the build date 2026-11-30
        Hint: Use the date the source was published, or the day you checked it.
      "
    `);
  });

  it('refuses a contradicted entry that shows the report\'s own status', () => {
    const message = errorsAfter((dir) => editYaml(join(dir, 'evidence/deepspeed.yaml'), (doc) => doc.setIn(['ulysses-blog', 'status'], 'none')));
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/evidence/deepspeed.yaml -> ulysses-blog -> status: "none" is the report's own value, so the verdict cannot be contradicted
        Hint: Show the value the source gives, or use confirmed or refined.
      "
    `);
  });

  it('refuses a confirmed entry that shows another status', () => {
    const message = errorsAfter((dir) => editYaml(join(dir, 'evidence/axolotl.yaml'), (doc) => doc.setIn(['multi-gpu-ddp-default', 'status'], 'partial')));
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/evidence/axolotl.yaml -> multi-gpu-ddp-default -> status: "partial" differs from the report's "full", so the verdict cannot be confirmed
        Hint: Use refined or contradicted.
      "
    `);
  });

  it('refuses a URL outside the framework\'s official URL prefixes', () => {
    const message = errorsAfter((dir) => editYaml(join(dir, 'evidence/axolotl.yaml'), (doc) => doc.setIn(['multi-gpu-ddp-default', 'url'], 'https://axolotl.example.com/docs/multi-gpu.html')));
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/evidence/axolotl.yaml -> multi-gpu-ddp-default -> url: "https://axolotl.example.com/docs/multi-gpu.html" is not on an official site of axolotl (https://github.com/axolotl-ai-cloud/, https://docs.axolotl.ai/)
        Hint: Cite the framework's own docs, repository or blog; add a prefix to officialUrls in content/frameworks/axolotl.yaml only for a site the project runs.
      "
    `);
  });

  it('refuses an http URL, a URL with spaces, and a blank title', () => {
    const message = errorsAfter((dir) =>
      editYaml(join(dir, 'evidence/axolotl.yaml'), (doc) => {
        doc.setIn(['multi-gpu-ddp-default', 'url'], 'http://docs.axolotl.ai/docs/multi-gpu.html');
        doc.setIn(['nd-parallelism-zero2', 'url'], 'https://docs.axolotl.ai/docs/nd parallelism.html');
        doc.setIn(['nd-parallelism-zero2', 'title'], '   ');
      }),
    );
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 3 problems:

      content/evidence/axolotl.yaml -> multi-gpu-ddp-default -> url: must be an https URL without spaces

      content/evidence/axolotl.yaml -> nd-parallelism-zero2 -> url: must be an https URL without spaces

      content/evidence/axolotl.yaml -> nd-parallelism-zero2 -> title: must not be empty or blank
      "
    `);
  });
});

describe('support cells', () => {
  it('refuse a status that contradicts the report\'s own mark, and a 推定 mark without estimated', () => {
    const message = errorsAfter((dir) => {
      // DeepSpeed GUI: the report writes ❌ and no evidence is about it.
      editYaml(join(dir, 'support/deepspeed.yaml'), (doc) => doc.setIn(['gui', 'status'], 'full'));
      replaceIn(join(dir, 'support/axolotl.yaml'), 'ddp:\n  status: full\n  report: { summary: ✅, detail: ✅ 完全対応 }', 'ddp:\n  status: full\n  report: { summary: ✅, detail: ✅ 推定 }\n  note: { en: Estimated., ja: 推定です。 }');
    });
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 2 problems:

      content/support/axolotl.yaml -> ddp -> estimated: must be true: the report's mark "✅ 推定" (report.detail) says 推定

      content/support/deepspeed.yaml -> gui -> status: "full" contradicts the report's mark "❌" (report.summary), which means none
        Hint: Keep the report's status here; newer facts go into content/evidence/.
      "
    `);
  });

  it('refuse level, values or more on a support feature, and values on a rating feature', () => {
    const message = errorsAfter((dir) =>
      editYaml(join(dir, 'support/axolotl.yaml'), (doc) => {
        doc.setIn(['ddp', 'level'], 'high');
        doc.setIn(['fsdp-zero2', 'values'], ['yaml']);
        doc.setIn(['fsdp-zero3', 'more'], true);
        doc.setIn(['vram-efficiency', 'values'], ['yaml']);
      }),
    );
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 4 problems:

      content/support/axolotl.yaml -> ddp -> level: does not apply to the support feature "ddp"
        Hint: Use \`status\`.

      content/support/axolotl.yaml -> fsdp-zero2 -> values: does not apply to the support feature "fsdp-zero2"
        Hint: Use \`status\`.

      content/support/axolotl.yaml -> fsdp-zero3 -> more: does not apply to the support feature "fsdp-zero3"
        Hint: Use \`status\`.

      content/support/axolotl.yaml -> vram-efficiency -> values: does not apply to the rating feature "vram-efficiency"
        Hint: Use \`level\`.
      "
    `);
  });

  it('refuse a missing status, level or values, an unknown level or option, and a status on a rating row', () => {
    const message = errorsAfter((dir) =>
      editYaml(join(dir, 'support/axolotl.yaml'), (doc) => {
        doc.deleteIn(['ddp', 'status']);
        doc.setIn(['speed', 'status'], 'full');
        doc.deleteIn(['learning-curve', 'level']);
        doc.setIn(['vram-efficiency', 'level'], 'hihg');
        doc.deleteIn(['config-method', 'values']);
        doc.setIn(['quantization', 'values'], ['4bit', '4bit', 'qat-x']);
      }),
    );
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 7 problems:

      content/support/axolotl.yaml -> ddp -> status: is required for the support feature "ddp"

      content/support/axolotl.yaml -> quantization -> values[2]: "qat-x" is not one of 4bit, 8bit, 16bit, fp8, dynamic-4bit, qat, zeroquant
        Hint: Did you mean "qat"?

      content/support/axolotl.yaml -> learning-curve -> level: is required; one of low, medium, high

      content/support/axolotl.yaml -> config-method -> values: is required; some of python, yaml, gui, cli, json

      content/support/axolotl.yaml -> speed -> status: does not apply to the options feature "speed"
        Hint: Use \`values\`.

      content/support/axolotl.yaml -> vram-efficiency -> level: "hihg" is not one of standard, high, highest
        Hint: Did you mean "high"?

      content/support/axolotl.yaml -> quantization -> values[1]: "4bit" is listed twice (also at values[0])
        Hint: Remove the repeated entry.
      "
    `);
  });
});

describe('frameworks', () => {
  it('refuse a duplicate name or order, a duplicate unique-feature id, and a name of spaces', () => {
    const message = errorsAfter((dir) => {
      editYaml(join(dir, 'frameworks/axolotl.yaml'), (doc) => {
        doc.setIn(['name'], 'Unsloth');
        doc.setIn(['order'], 1);
        doc.setIn(['uniqueFeatures', 1, 'id'], doc.getIn(['uniqueFeatures', 0, 'id']));
      });
      editYaml(join(dir, 'frameworks/deepspeed.yaml'), (doc) => doc.setIn(['name'], '   '));
    });
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 4 problems:

      content/frameworks/deepspeed.yaml -> deepspeed -> name: must not be empty or blank

      content/frameworks/unsloth.yaml -> unsloth -> name: duplicate name "Unsloth", also used in content/frameworks/axolotl.yaml

      content/frameworks/unsloth.yaml -> unsloth -> order: duplicate order "1", also used in content/frameworks/axolotl.yaml

      content/frameworks/axolotl.yaml -> axolotl -> uniqueFeatures[1].id: duplicate id "curriculum-learning"
      "
    `);
  });

  it('refuse a 5 MB note (texts have a maximum length)', () => {
    const message = errorsAfter((dir) => editYaml(join(dir, 'support/axolotl.yaml'), (doc) => doc.setIn(['fsdp-zero2', 'note', 'en'], 'x'.repeat(5 * 1024 * 1024))));
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/support/axolotl.yaml -> fsdp-zero2 -> note.en: must be at most 1000 characters
      "
    `);
  });
});

describe('self-contradictory data', () => {
  it('refuses a flowchart result naming a framework twice, and `only: true` with two frameworks', () => {
    const message = errorsAfter((dir) =>
      editYaml(join(dir, 'flowchart.yaml'), (doc) => {
        doc.setIn(['nodes', 'use-unsloth', 'frameworks'], ['unsloth', 'unsloth']);
        doc.setIn(['nodes', 'use-deepspeed-pipeline', 'frameworks'], ['deepspeed', 'axolotl']);
      }),
    );
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 2 problems:

      content/flowchart.yaml -> use-unsloth -> frameworks[1]: "unsloth" is listed twice (also at frameworks[0])
        Hint: Remove the repeated entry.

      content/flowchart.yaml -> use-deepspeed-pipeline -> only: is true, but the result names 2 frameworks (deepspeed, axolotl)
        Hint: \`only: true\` means the report names a single choice: keep one framework or remove \`only\`.
      "
    `);
  });

  it('refuses two answers of one question leading to the same node', () => {
    const message = errorsAfter((dir) => editYaml(join(dir, 'flowchart.yaml'), (doc) => doc.setIn(['nodes', 'single-gpu', 'answers', 1, 'next'], 'use-unsloth')));
    expect(message).toContain('content/flowchart.yaml -> single-gpu -> answers[1].next: leads to "use-unsloth" like answers[0]: the answers of a question must lead to different nodes');
  });

  it('refuses a use case whose alternative is its first choice, or that is `only` and has an alternative', () => {
    const message = errorsAfter((dir) =>
      editYaml(join(dir, 'use-cases.yaml'), (doc) => {
        doc.setIn(['individual-researchers', 'alternative', 'framework'], 'unsloth');
        doc.setIn(['startups', 'only'], true);
      }),
    );
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 2 problems:

      content/use-cases.yaml -> individual-researchers -> alternative.framework: "unsloth" is also the first choice
        Hint: Name another framework as the alternative, or remove the alternative.

      content/use-cases.yaml -> startups -> alternative: contradicts \`only: true\` (the report calls "axolotl" the only choice)
        Hint: Remove the alternative or \`only\`.
      "
    `);
  });

  it('refuses a feature listed twice', () => {
    const message = errorsAfter((dir) => editYaml(join(dir, 'use-cases.yaml'), (doc) => doc.setIn(['startups', 'features'], ['config-method', 'scalability', 'config-method'])));
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/use-cases.yaml -> startups -> features[2]: "config-method" is listed twice (also at features[0])
        Hint: Remove the repeated entry.
      "
    `);
  });

  it('refuses an integration id equal to a feature id', () => {
    const message = errorsAfter((dir) => replaceIn(join(dir, 'integrations.yaml'), /^different-stages:/m, 'gui:'));
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/integrations.yaml -> gui: the id "gui" is already used by the feature in content/features.yaml; both would be id="gui" on /compare/
        Hint: Rename the integration (and add a redirect if its anchor was published).
      "
    `);
  });
});

describe('guides', () => {
  it('must name the frameworks their use case recommends', () => {
    const message = errorsAfter((dir) => replaceIn(join(dir, 'guides/en/moe.mdx'), 'frameworks: [deepspeed, unsloth, llamafactory, axolotl]', 'frameworks: [unsloth, llamafactory, axolotl]'));
    expect(message).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/guides/en/moe.mdx -> en/moe -> frameworks: does not name "deepspeed", the first choice of the use case "moe"
        Hint: A guide lists every framework its use case recommends.
      "
    `);
  });
});

describe('required collections', () => {
  it.each(['integrations.yaml', 'configurations.yaml', 'references.yaml'])('refuse an empty %s', (file) => {
    const message = errorsAfter((dir) => replaceIn(join(dir, file), /^[\s\S]*$/, '# emptied\n'));
    expect(message).toBe(`Content check failed with 1 problem:\n\ncontent/${file}: has no entries; the site needs at least one\n  Hint: Restore the entries (e.g. with git checkout), or add one.\n`);
  });
});
