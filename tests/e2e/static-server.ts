// Kept for imports written before the servers were merged: use `openSite` (./helpers/browser) or
// `serveStatic` (../helpers/serve), the one static server.
export { serveDir } from '../helpers/serve';
