// The public surface of @spbe/sdk/search. Only re-exports live here.

export { distance as editDistance } from './edit-distance.js';
export {
  createRegionIndex,
  type RegionHit,
  type RegionIndex,
  type RegionSearchOptions,
} from './region-index.js';
export {
  createServiceIndex,
  matchesFilter,
  type ServiceFilter,
  type ServiceIndex,
  type ServiceIndexOptions,
  type ServiceSearchOptions,
  stem,
} from './service-index.js';
export { SYNONYMS } from './synonyms.js';
export type { SearchHit } from './types.js';
