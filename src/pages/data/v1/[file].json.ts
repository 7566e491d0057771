// The dataset as JSON (frameworks, features, support cells) plus its JSON Schema, built at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../data/dataset';
import { buildExportFile, buildExportSchema } from '../../../lib/export/build-export';
import { EXPORT_FILES, type ExportFile } from '../../../schemas/export';

export const getStaticPaths = (() =>
  [...Object.keys(EXPORT_FILES), 'schema'].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = params.file as ExportFile | 'schema';
  const body = file === 'schema' ? buildExportSchema() : buildExportFile(await getDataset(), file);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
