// Kept for imports written before the build helpers were merged: use `tryBuild` from ./builds.
export { tryBuild as astroBuild } from './builds';
