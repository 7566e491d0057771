import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/read-content';
import { buildDataset } from '../../src/lib/dataset/build-dataset';
import { buildErrors, fixtureRoot } from '../helpers/fixtures';
import { findCurrentEvidence } from '../../src/lib/evidence';

describe('the minimal fixture', () => {
  it('is valid, so every bad fixture fails for its own reason only', () => {
    expect(buildErrors()).toBe('');
    const dataset = buildDataset(readContent(fixtureRoot()));
    expect(dataset.cells.alpha?.ddp?.status).toBe('full');
  });
});

describe('a framework the report does not cover', () => {
  it('gets a cell for every feature from its evidence alone', () => {
    expect(buildErrors('not-covered')).toBe('');
    const dataset = buildDataset(readContent(fixtureRoot('not-covered')));
    const cells = dataset.cells.beta!;
    expect(Object.keys(cells).sort()).toEqual(dataset.features.map((f) => f.id).sort());
    for (const cell of Object.values(cells)) {
      expect(cell).toMatchObject({ covered: false, report: {} });
      expect(cell.status).toBeUndefined();
    }
    expect(findCurrentEvidence(cells.ddp!)?.status).toBe('full');
    expect(findCurrentEvidence(cells['pipeline-parallelism']!)?.status).toBe('unknown');
  });
});

describe('bad content stops with a message naming file, entry and field', () => {
  it('an invalid status', () => {
    expect(buildErrors('bad-invalid-status')).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/support/alpha.yaml -> pipeline-parallelism -> status: "yes" is not one of full, partial, experimental, none, unknown
      "
    `);
  });

  it('an unknown id, with a suggestion', () => {
    expect(buildErrors('bad-unknown-id')).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/support/alpha.yaml -> pipeline-paralelism: unknown feature "pipeline-paralelism"
        Hint: Did you mean "pipeline-parallelism"?
      "
    `);
  });

  it('a missing translation', () => {
    expect(buildErrors('bad-missing-translation')).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/features.yaml -> ddp -> label.ja: the Japanese translation is missing
        Hint: Every text needs both \`en\` and \`ja\`.
      "
    `);
  });

  it('a duplicate id', () => {
    expect(buildErrors('bad-duplicate-id')).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/features.yaml -> ddp: line 11: duplicate id "ddp" (first defined at line 1)
        Hint: Ids must be unique: rename or merge the entries.
      "
    `);
  });

  it('a framework without a cell for a compared feature', () => {
    expect(buildErrors('bad-missing-cell')).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/support/alpha.yaml -> pipeline-parallelism: framework "alpha" has no cell for the compared feature "pipeline-parallelism"
        Hint: Add the cell; where the report is silent, use status unknown with a note saying so.
      "
    `);
  });

  it('a misspelled field', () => {
    expect(buildErrors('bad-unknown-field')).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/frameworks/alpha.yaml -> alpha: unknown field "star"
        Hint: Check the spelling against the schema in src/schemas/.
      "
    `);
  });

  it('a framework without its Japanese prose page', () => {
    expect(buildErrors('bad-missing-prose')).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/frameworks/ja/beta.mdx -> beta: the ja prose page is missing
        Hint: Every framework needs content/frameworks/{en,ja}/beta.mdx.
      "
    `);
  });

  it('a YAML syntax error', () => {
    expect(buildErrors('bad-yaml-syntax')).toMatchInlineSnapshot(`
      "Content check failed with 1 problem:

      content/support/alpha.yaml: line 4: Flow map in block collection must be sufficiently indented and end with a }
        Hint: Fix the YAML syntax; nothing in this file was read.
      "
    `);
  });

  it('an estimated or experimental cell without a note', () => {
    expect(buildErrors('bad-estimated-without-note')).toMatchInlineSnapshot(`
      "Content check failed with 2 problems:

      content/support/alpha.yaml -> ddp -> note: an estimated cell needs a note

      content/support/alpha.yaml -> pipeline-parallelism -> note: an experimental cell needs a note
      "
    `);
  });
});

describe('the basis of a conclusion', () => {
  it('names known frameworks and features, or the build stops at the field', () => {
    expect(buildErrors('bad-unknown-basis')).toMatchInlineSnapshot(`
      "Content check failed with 2 problems:

      content/flowchart.yaml -> use-alpha -> basis[0]: unknown feature "pipeline-paralelism" in "alpha/pipeline-paralelism"
        Hint: Did you mean "pipeline-parallelism"?

      content/flowchart.yaml -> use-alpha -> basis[1]: unknown framework "gamma" in "gamma/ddp"
        Hint: Known ids: alpha.
      "
    `);
  });
});

describe('evidence', () => {
  it('must fit its cell, name known ids, and carry a valid verdict, date, URL and both languages', () => {
    expect(buildErrors('bad-evidence')).toMatchInlineSnapshot(`
      "Content check failed with 6 problems:

      content/evidence/alpha.yaml -> bad-fields -> verdict: "refuted" is not one of confirmed, refined, contradicted, new

      content/evidence/alpha.yaml -> bad-fields -> date: must be a date written as YYYY-MM-DD

      content/evidence/alpha.yaml -> bad-fields -> url: must be an https URL without spaces

      content/evidence/alpha.yaml -> bad-fields -> summary.ja: the Japanese translation is missing
        Hint: Every text needs both \`en\` and \`ja\`.

      content/evidence/alpha.yaml -> no-status -> status: is required: "pipeline-parallelism" is a support feature

      content/evidence/alpha.yaml -> says-partial -> status: "partial" differs from the report's "full", so the verdict cannot be confirmed
        Hint: Use refined or contradicted.
      "
    `);
  });

  it('is the only source of cells the report does not cover, and only there is it new', () => {
    expect(buildErrors('bad-coverage')).toMatchInlineSnapshot(`
      "Content check failed with 5 problems:

      content/evidence/alpha.yaml -> ddp-new -> level: does not apply: "ddp" is a support feature
        Hint: Use \`status\`.

      content/evidence/alpha.yaml -> ddp-new -> verdict: new is only for cells the report does not cover
        Hint: Use confirmed, refined or contradicted.

      content/evidence/beta.yaml -> ddp-refined -> verdict: must be new: the report does not cover this cell, so there is nothing to confirm, refine or contradict

      content/support/beta.yaml -> ddp: the report does not cover the framework "beta", so this cell cannot have a report value
        Hint: Remove it and put what the sources show in content/evidence/beta.yaml (verdict: new).

      content/evidence/beta.yaml -> pipeline-parallelism: the cell of "beta" for "pipeline-parallelism" is not covered by the report and has no evidence
        Hint: Add an entry with verdict new; where the sources are silent, say which page was checked.
      "
    `);
  });
});
