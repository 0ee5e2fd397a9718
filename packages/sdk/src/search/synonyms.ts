/**
 * Words and phrases Indonesians use for the same thing, in groups. A query
 * word in a group also finds services that say any other member. Folded as
 * search folds text. Deliberately small (it ships in every bundle): each
 * service's own `keywords` carry the rest, and an index takes more groups with
 * `createServiceIndex(services, { synonyms })`.
 */
export const SYNONYMS: readonly string[] = [
  'ktp|ektp|e ktp|kependudukan|dukcapil',
  'sim|surat izin mengemudi',
  'pbg|imb',
  'nib|izin usaha|oss',
  'pkb|pajak kendaraan|samsat',
  'bpjs|jkn',
  'aduan|pengaduan|lapor',
  'cari|nyari',
  'akta|akte',
];
