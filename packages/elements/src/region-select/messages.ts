/** The region select's strings, with the shared ones (`internal/messages.ts`). */
import type { RegionLevel } from '@spbe/sdk';
import { MESSAGES as COMMON, type Locale, type Messages } from '../internal/messages.js';

export interface SelectMessages extends Messages {
  /** Region select: the name of each level, as a label ("Kabupaten/kota"). */
  level: Record<RegionLevel, string>;
  placeholder: string;
  showOptions: string;
  loadingRegions: string;
  errorRegions: string;
  /** Announced as results change: the number of regions found (`limited`: the list shows only the best `count`). */
  found: (count: number, limited: boolean) => string;
  noResults: string;
  /** How to get results when a query finds nothing. */
  noResultsHelp: string;
  chooseParentFirst: (level: string) => string;
  valueMissing: (level: string) => string;
  badCode: (code: string) => string;
  outOfScope: (code: string) => string;
  unknownParent: (code: string) => string;
  badLevel: (level: string) => string;
  levelNotBelow: (level: string, parent: string) => string;
}

const id: SelectMessages = {
  ...COMMON.id,
  level: {
    province: 'Provinsi',
    regency: 'Kabupaten/kota',
    district: 'Kecamatan',
    village: 'Desa/kelurahan',
  },
  placeholder: 'Ketik untuk mencari…',
  showOptions: 'Tampilkan pilihan',
  loadingRegions: 'Memuat daftar wilayah…',
  errorRegions: 'Daftar wilayah tidak dapat dimuat.',
  found: (count, limited) =>
    limited
      ? `${count} wilayah teratas ditampilkan; ketik lebih banyak`
      : `${count} wilayah ditemukan`,
  noResults: 'Tidak ada hasil',
  noResultsHelp: 'Periksa ejaannya, atau ketik sebagian nama saja.',
  chooseParentFirst: (level) => `Pilih ${level.toLowerCase()} terlebih dahulu.`,
  valueMissing: (level) => `Pilih ${level.toLowerCase()} dari daftar.`,
  badCode: (code) => `"${code}" bukan kode wilayah (contoh: 32.73).`,
  outOfScope: (code) => `Wilayah dengan kode ${code} tidak ada dalam pilihan ini.`,
  unknownParent: (code) => `Tidak ada wilayah dengan kode ${code} (atribut parent).`,
  badLevel: (level) =>
    `Tingkat "${level}" tidak dikenal (atribut level: province, regency, district atau village).`,
  levelNotBelow: (level, parent) => `Tingkat ${level} tidak berada di bawah wilayah ${parent}.`,
};

const en: SelectMessages = {
  ...COMMON.en,
  level: {
    province: 'Province',
    regency: 'Regency or city',
    district: 'District',
    village: 'Village',
  },
  placeholder: 'Type to search…',
  showOptions: 'Show options',
  loadingRegions: 'Loading regions…',
  errorRegions: 'The list of regions could not be loaded.',
  found: (count, limited) =>
    limited
      ? `Top ${count} regions shown; keep typing`
      : `${count} ${count === 1 ? 'region' : 'regions'} found`,
  noResults: 'No results',
  noResultsHelp: 'Check the spelling, or type part of the name only.',
  chooseParentFirst: (level) => `Choose the ${level.toLowerCase()} first.`,
  valueMissing: (level) => `Choose a ${level.toLowerCase()} from the list.`,
  badCode: (code) => `"${code}" is not a region code (e.g. 32.73).`,
  outOfScope: (code) => `The region with code ${code} is not among these choices.`,
  unknownParent: (code) => `No region has the code ${code} (the parent attribute).`,
  badLevel: (level) =>
    `Unknown level "${level}" (the level attribute: province, regency, district or village).`,
  levelNotBelow: (level, parent) => `The level ${level} is not below the region ${parent}.`,
};

export const MESSAGES: Record<Locale, SelectMessages> = { id, en };
