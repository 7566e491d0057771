// Framework names for the search UI's re-ranking (src/lib/search/rank.ts), from the dataset.
import type { APIRoute } from 'astro';
import { getDataset } from '../../data/dataset';
import { buildSearchNames } from '../../lib/search/names';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildSearchNames((await getDataset()).frameworks)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
