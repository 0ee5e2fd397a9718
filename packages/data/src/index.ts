// The public surface of @spbe/data. Only re-exports live here.

export { agreements } from './catalog/agreements.js';
export type { ProgramId } from './catalog/programs.js';
export { DATASET_AS_OF, programs } from './catalog/programs.js';
export { services } from './catalog/services.js';
export type { RegionStore } from './regions.js';
export { openRegionStore, REGIONS_DIR } from './regions.js';
export type { LevelCounts, RegionFile, RegionsMeta } from './regions-format.js';
export {
  childrenFileName,
  expandRegionFile,
  REGIONS_ATTRIBUTION,
  REGIONS_FORMAT,
} from './regions-format.js';
