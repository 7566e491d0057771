/**
 * Normalises the BASE_PATH a deployment gives (`llm-ft`, `/llm-ft`, `llm-ft/` -> `/llm-ft/`), and
 * refuses one that cannot be a path prefix, naming the variable: without a leading slash Astro's
 * redirect targets would be relative and 404.
 */
export function normalizeBasePath(value: string | undefined): string {
  const raw = (value ?? '').trim();
  if (raw === '' || raw === '/') return '/';
  const segments = raw.split('/').filter(Boolean);
  const bad = segments.find((segment) => !/^[A-Za-z0-9._~-]+$/.test(segment) || segment === '.' || segment === '..');
  if (bad !== undefined || /^[a-z]+:/i.test(raw)) {
    throw new Error(
      `BASE_PATH ${JSON.stringify(value)} is not a path prefix such as /llm-ft/ (letters, digits, ".", "_", "~" and "-" between slashes; no scheme, host, "..", spaces or query).`,
    );
  }
  return `/${segments.join('/')}/`;
}
