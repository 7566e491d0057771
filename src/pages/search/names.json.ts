// Framework names for the search UI's re-ranking (src/lib/search/rank.ts), from the dataset.
import type { APIRoute } from 'astro';
import { getDataset } from '../../data/dataset';
import { buildSearchNames } from '../../lib/search/names';

export const GET: APIRoute = async () => {
  const { frameworks, features } = await getDataset();
  return new Response(JSON.stringify(buildSearchNames(frameworks, features)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
