/**
 * What the server serves: the region store, the catalog, the agreements and
 * the programs. The default is @spbe/data; tests pass their own.
 */
import {
  openRegionStore,
  type RegionStore,
  agreements as sampleAgreements,
  programs as samplePrograms,
  services as sampleServices,
} from '@spbe/data';
import type { Agreement, Program, Service } from '@spbe/sdk';

export interface Dataset {
  regions: RegionStore;
  services: readonly Service[];
  agreements: readonly Agreement[];
  programs: readonly Program[];
}

/** The dataset of @spbe/data: all of Indonesia's regions and the sample catalog. */
export function defaultDataset(): Dataset {
  return {
    regions: openRegionStore(),
    services: sampleServices,
    agreements: sampleAgreements,
    programs: samplePrograms,
  };
}
