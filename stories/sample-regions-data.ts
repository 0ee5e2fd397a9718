/// <reference types="vite/client" />
// West Java's generated region files (and the provinces), bundled into one
// chunk that sample-regions.ts loads on first use: one request, not 656.
import type { RegionLevel } from '@spbe/sdk';

export const REGION_FILES = import.meta.glob<{ level: RegionLevel; items: [string, string][] }>(
  [
    '../packages/data/regions/provinces.json',
    '../packages/data/regions/32.json',
    '../packages/data/regions/32.*.json',
  ],
  { import: 'default', eager: true },
);
