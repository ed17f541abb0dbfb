export { historySources } from '../../generated/history-sources.generated.js';
export { controlPeriods } from './control-periods.js';
export { figures } from './figures.js';
export { holders } from './holders.js';
export { historyPlaces } from './places.js';
export { titles } from './titles.js';
