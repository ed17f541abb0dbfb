export { sources } from './dossier.js';
export { historySources } from './history-only.js';
