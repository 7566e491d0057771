import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020';
import { DIST } from '../helpers/dist';
import { frameworkIds, realDataset } from '../helpers/dataset';

const read = (file: string) => JSON.parse(readFileSync(join(DIST, 'data/v1', `${file}.json`), 'utf8'));
const schema = read('schema');

/** A validator for one export file, from the published schema.json. */
function validatorFor(file: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  // The schema names these formats; their patterns (dates) and the zod URL check already constrain them.
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('uri', /^https?:\/\/\S+$/);
  ajv.addSchema(schema, 'schema.json');
  return ajv.getSchema(`schema.json#/$defs/${file}`)!;
}

describe('the JSON export /data/v1/', () => {
  for (const file of ['frameworks', 'features', 'support']) {
    it(`${file}.json validates against schema.json`, () => {
      const validate = validatorFor(file);
      const valid = validate(read(file));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    });
  }

  it('rejects a cell with a status outside the enum, or a misspelled field', () => {
    const validate = validatorFor('support');
    const data = read('support');
    data.cells[0].status = 'yes';
    expect(validate(data)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain('/cells/0/status');
    const misspelled = read('support');
    misspelled.cells[0].stauts = 'full';
    expect(validate(misspelled)).toBe(false);
  });

  it('has every framework and feature of the content, and one cell per pair of them', () => {
    const frameworks = read('frameworks').frameworks.map((f: { id: string }) => f.id);
    const features = read('features').features.map((f: { id: string }) => f.id);
    expect(frameworks).toEqual(frameworkIds());
    expect(features).toEqual(realDataset().features.map((f) => f.id));
    const cells = read('support').cells as { framework: string; feature: string }[];
    expect(cells).toHaveLength(frameworks.length * features.length);
    expect(new Set(cells.map((c) => `${c.framework}/${c.feature}`)).size).toBe(frameworks.length * features.length);
  });

  it("carries a cell's status, estimate, bilingual note and the report's verbatim marks", () => {
    const cells = read('support').cells as Record<string, unknown>[];
    const moe = cells.find((c) => c.framework === 'llamafactory' && c.feature === 'moe')!;
    expect(moe).toMatchObject({ status: 'full', estimated: true, report: { summary: '✅ 推定' } });
    expect(moe.note).toEqual({ en: expect.any(String), ja: expect.any(String) });
    const quant = cells.find((c) => c.framework === 'unsloth' && c.feature === 'quantization')!;
    expect(quant.values).toEqual(['4bit', '8bit', '16bit', 'fp8', 'dynamic-4bit']);
    expect(read('support')).toMatchObject({ version: 1, surveyDate: '2025-12-19' });
  });
});
