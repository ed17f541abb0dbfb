export { holders } from './holders.js';
export { historyPlaces } from './places.js';
export { controlPeriods } from './control-periods.js';
export { titles } from './titles.js';
export { figures } from './figures.js';
export { historySources } from '../../generated/history-sources.generated.js';
