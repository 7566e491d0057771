// UI strings: both dictionaries complete and non-empty, the same placeholders in both languages,
// placeholders filled by the one implementation, and a missing Japanese key refused by the compiler
// (checked by compiling a dictionary with one key removed, so this test fails if the types stop
// catching it).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import ts from 'typescript';
import { en } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';
import { useTranslations } from '../../src/i18n';
import { fillPlaceholders } from '../../src/lib/format';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('have no empty value in either language', () => {
    for (const [key, value] of [...Object.entries(en), ...Object.entries(ja)]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect(placeholders(ja[key]), key).toEqual(placeholders(en[key]));
  });

  it('fill placeholders, and leave one without a value visible', () => {
    expect(useTranslations('en')('footer.dataAsOf', { date: 'December 19, 2025' })).toBe(
      'Data as of December 19, 2025',
    );
    expect(useTranslations('ja')('footer.dataAsOf', { date: '2025年12月19日' })).toBe('2025年12月19日時点のデータ');
    expect(fillPlaceholders('{count} of {total}', { count: 0 })).toBe('0 of {total}');
  });

  it('make a Japanese dictionary without a key a type error', () => {
    const dir = join(process.cwd(), 'src', 'i18n');
    const probe = join(dir, '__probe__.ts');
    const source = [
      "import { en } from './en';",
      "import { ja } from './ja';",
      "const { 'site.name': _removed, ...rest } = ja;",
      'export const incomplete = { ...rest } satisfies Record<keyof typeof en, string>;',
      'export const complete = { ...ja } satisfies Record<keyof typeof en, string>;',
    ].join('\n');
    const host = ts.createCompilerHost({ strict: true, noEmit: true, skipLibCheck: true });
    const readFile = host.readFile.bind(host);
    host.readFile = (file) => (file === probe ? source : readFile(file));
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (file) => file === probe || fileExists(file);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (file, version) =>
      file === probe ? ts.createSourceFile(file, source, version) : getSourceFile(file, version);
    const program = ts.createProgram(
      [probe],
      {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        target: ts.ScriptTarget.ES2022,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        module: ts.ModuleKind.ESNext,
      },
      host,
    );
    const errors = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === probe);
    const lines = errors.map(
      (d) =>
        `${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^4: .*Property '"site\.name"' is missing/);
  }, 60_000); // a TypeScript program over src/i18n: a few seconds, more on a busy machine
});
