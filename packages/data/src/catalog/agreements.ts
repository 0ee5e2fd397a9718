/**
 * The sample agreement (PKS) set: one record per agreement between the West
 * Java provincial government and a regency or city, across the programmes in
 * `programs.ts`.
 *
 * A SAMPLE assembled from public reporting, not an official register. Built
 * from small facts tables by one builder per programme, so that every record
 * can be traced to the fact it stands for:
 *
 * - real facts (dates of the 2021 SPBE PKS, who replicated Saber Hoaks and when,
 *   which regencies got command-center grants) come from
 *   `jabar-spbe-facts.md`;
 * - per-regency PKS numbers are not public: every `number` is a placeholder
 *   starting with `CONTOH/` ("example");
 * - the SPBE renewals after 2023 are ILLUSTRATIVE, invented so that the sample
 *   shows every status on DATASET_AS_OF (programs.ts); each says so in `note`.
 *
 * Several records may exist for one regency and programme; they are listed
 * oldest first, so the last one is the regency's current agreement.
 */
import type { Agreement } from '@spbe/sdk';
import type { ProgramId } from './programs.js';

type Scope = Agreement['scope'][number];

/** The 27 regencies (kabupaten/kota) of West Java, Kemendagri codes. */
const REGENCIES = {
  '32.01': 'Kabupaten Bogor',
  '32.02': 'Kabupaten Sukabumi',
  '32.03': 'Kabupaten Cianjur',
  '32.04': 'Kabupaten Bandung',
  '32.05': 'Kabupaten Garut',
  '32.06': 'Kabupaten Tasikmalaya',
  '32.07': 'Kabupaten Ciamis',
  '32.08': 'Kabupaten Kuningan',
  '32.09': 'Kabupaten Cirebon',
  '32.10': 'Kabupaten Majalengka',
  '32.11': 'Kabupaten Sumedang',
  '32.12': 'Kabupaten Indramayu',
  '32.13': 'Kabupaten Subang',
  '32.14': 'Kabupaten Purwakarta',
  '32.15': 'Kabupaten Karawang',
  '32.16': 'Kabupaten Bekasi',
  '32.17': 'Kabupaten Bandung Barat',
  '32.18': 'Kabupaten Pangandaran',
  '32.71': 'Kota Bogor',
  '32.72': 'Kota Sukabumi',
  '32.73': 'Kota Bandung',
  '32.74': 'Kota Cirebon',
  '32.75': 'Kota Bekasi',
  '32.76': 'Kota Depok',
  '32.77': 'Kota Cimahi',
  '32.78': 'Kota Tasikmalaya',
  '32.79': 'Kota Banjar',
} as const;

type RegencyCode = keyof typeof REGENCIES;

const ALL_REGENCIES = Object.keys(REGENCIES) as RegencyCode[];

const FACTS = 'see packages/data/reference/jabar-spbe-facts.md';
const PLACEHOLDER_NUMBER =
  'The per-regency PKS number is not public: the number is a placeholder (CONTOH = example).';
const ILLUSTRATIVE =
  'ILLUSTRATIVE sample record, not a public record: this renewal, its dates and its state were made up so that the sample shows every agreement status.';

/** `Pemerintah Kota Bandung`, as a party named in an agreement title. */
function party(code: RegencyCode): string {
  return `Pemerintah ${REGENCIES[code]}`;
}

/** `32.73` → `32-73`, for ids. */
function slugOf(code: RegencyCode): string {
  return code.replace('.', '-');
}

/** The last day of a term of `years` years starting on `from` (YYYY-MM-DD). */
function endOfTerm(from: string, years: number): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + years, m - 1, d) - 24 * 60 * 60 * 1000);
  return end.toISOString().slice(0, 10);
}

// ── spbe-infrastructure ─────────────────────────────────────────────────────

const SPBE: ProgramId = 'spbe-infrastructure';
const SPBE_SCOPE: readonly Scope[] = [
  'informatics',
  'statistics',
  'encryption',
  'communication',
  'command-center',
];
// Provincial services the SPBE cooperation brings to the regencies, by scope.
const SPBE_SERVICES: readonly string[] = [
  'sapawarga', // informatics
  'desa-digital-jabar',
  'satu-data-jabar', // statistics
  'open-data-jabar',
  'satu-peta-jabar',
  'jabarprov-csirt', // encryption (persandian)
  'tte-bsre',
  'ppid-jabar', // communication
  'jabar-saber-hoaks',
  'jabar-command-center', // command center
];
const SPBE_2021_SOURCE = `Diskominfo Jabar press release on the SPBE PKS signed Thursday 12 Aug 2021 by the Head of Diskominfo Jabar (Setiaji) with representatives of all 27 regencies/cities, under Perpres 95/2018, for infrastructure acceleration 2020–2023; ${FACTS}`;

/** The 12 August 2021 SPBE PKS, signed with every regency (real fact). */
function spbe2021(code: RegencyCode): Agreement {
  return {
    id: `${SPBE}-2021-${slugOf(code)}`,
    number: `CONTOH/PKS-SPBE/2021/${code}`,
    program: SPBE,
    title: `PKS Percepatan Infrastruktur SPBE Bidang Informatika, Statistik, Persandian dan Komunikasi Tahun 2020–2023 antara Pemda Provinsi Jawa Barat dan ${party(code)}`,
    regionCode: code,
    scope: [...SPBE_SCOPE],
    serviceIds: [...SPBE_SERVICES],
    state: 'signed',
    signedAt: '2021-08-12',
    validFrom: '2021-08-12',
    validUntil: '2023-12-31',
    source: SPBE_2021_SOURCE,
    note: `${PLACEHOLDER_NUMBER} validFrom is the signing day; the programme period it serves is 2020–2023, so it ends on 31 Dec 2023.`,
  };
}

type SpbeRenewal =
  | {
      readonly code: RegencyCode;
      readonly state: 'signed';
      readonly signedAt: string;
      readonly validFrom: string;
      readonly validUntil: string;
      /** Which status this record is there to show on DATASET_AS_OF. */
      readonly shows: 'active' | 'expiring' | 'scheduled';
    }
  | {
      readonly code: RegencyCode;
      readonly state: 'terminated';
      readonly signedAt: string;
      readonly validFrom: string;
      readonly validUntil: string;
      readonly terminatedAt: string;
    }
  | { readonly code: RegencyCode; readonly state: 'negotiating' }
  | { readonly code: RegencyCode; readonly state: 'draft' };

/**
 * ILLUSTRATIVE renewals of the SPBE cooperation after 2023. Regencies not
 * listed here only have the 2021 PKS, which is expired on DATASET_AS_OF.
 */
const SPBE_RENEWALS: readonly SpbeRenewal[] = [
  // Five-year terms signed in 2024–2025: active.
  {
    code: '32.11',
    state: 'signed',
    signedAt: '2024-01-15',
    validFrom: '2024-01-15',
    validUntil: '2029-01-14',
    shows: 'active',
  },
  {
    code: '32.73',
    state: 'signed',
    signedAt: '2024-02-20',
    validFrom: '2024-03-01',
    validUntil: '2029-02-28',
    shows: 'active',
  },
  {
    code: '32.04',
    state: 'signed',
    signedAt: '2024-05-21',
    validFrom: '2024-06-01',
    validUntil: '2029-05-31',
    shows: 'active',
  },
  {
    code: '32.16',
    state: 'signed',
    signedAt: '2024-08-12',
    validFrom: '2024-08-12',
    validUntil: '2029-08-11',
    shows: 'active',
  },
  {
    code: '32.76',
    state: 'signed',
    signedAt: '2024-09-30',
    validFrom: '2024-10-01',
    validUntil: '2029-09-30',
    shows: 'active',
  },
  {
    code: '32.77',
    state: 'signed',
    signedAt: '2025-02-10',
    validFrom: '2025-02-10',
    validUntil: '2030-02-09',
    shows: 'active',
  },
  // Three-year bridging terms ending within 90 days of DATASET_AS_OF: expiring.
  {
    code: '32.05',
    state: 'signed',
    signedAt: '2024-01-02',
    validFrom: '2024-01-02',
    validUntil: '2026-12-31',
    shows: 'expiring',
  },
  {
    code: '32.74',
    state: 'signed',
    signedAt: '2024-01-25',
    validFrom: '2024-02-01',
    validUntil: '2027-01-31',
    shows: 'expiring',
  },
  // Signed, takes effect next year: scheduled.
  {
    code: '32.01',
    state: 'signed',
    signedAt: '2026-10-28',
    validFrom: '2027-01-01',
    validUntil: '2031-12-31',
    shows: 'scheduled',
  },
  // Signed in 2024, ended early in 2026: terminated.
  {
    code: '32.75',
    state: 'terminated',
    signedAt: '2024-04-02',
    validFrom: '2024-04-02',
    validUntil: '2029-04-01',
    terminatedAt: '2026-06-30',
  },
  // Not signed yet.
  { code: '32.10', state: 'negotiating' },
  { code: '32.18', state: 'negotiating' },
  { code: '32.79', state: 'negotiating' },
  { code: '32.13', state: 'draft' },
];

function spbeRenewal(r: SpbeRenewal): Agreement {
  const common = {
    program: SPBE,
    regionCode: r.code,
    scope: [...SPBE_SCOPE],
    serviceIds: [...SPBE_SERVICES],
    source: `Illustrative continuation of the 12 Aug 2021 SPBE PKS (which ran to 31 Dec 2023); ${FACTS}`,
  };
  if (r.state === 'negotiating' || r.state === 'draft') {
    return {
      ...common,
      id: `${SPBE}-2026-${slugOf(r.code)}`,
      number: `CONTOH/PKS-SPBE/RANCANGAN/${r.code}`,
      title: `Rancangan PKS Penyelenggaraan SPBE Terpadu antara Pemda Provinsi Jawa Barat dan ${party(r.code)}`,
      state: r.state,
      signedAt: null,
      validFrom: null,
      validUntil: null,
      note: `${ILLUSTRATIVE} Not signed yet, so it has no dates. ${PLACEHOLDER_NUMBER}`,
    };
  }
  const years = `${r.validFrom.slice(0, 4)}–${r.validUntil.slice(0, 4)}`;
  const base = {
    ...common,
    id: `${SPBE}-${r.signedAt.slice(0, 4)}-${slugOf(r.code)}`,
    number: `CONTOH/PKS-SPBE/${r.signedAt.slice(0, 4)}/${r.code}`,
    title: `PKS Penyelenggaraan SPBE Terpadu Tahun ${years} antara Pemda Provinsi Jawa Barat dan ${party(r.code)}`,
    signedAt: r.signedAt,
    validFrom: r.validFrom,
    validUntil: r.validUntil,
  };
  if (r.state === 'terminated') {
    return {
      ...base,
      state: 'terminated',
      terminatedAt: r.terminatedAt,
      note: `${ILLUSTRATIVE} Shown as ended early on ${r.terminatedAt}; no such termination is reported. ${PLACEHOLDER_NUMBER}`,
    };
  }
  return {
    ...base,
    state: 'signed',
    note: `${ILLUSTRATIVE} It is ${r.shows} on the sample date. ${PLACEHOLDER_NUMBER}`,
  };
}

// ── saber-hoaks ─────────────────────────────────────────────────────────────

const SABER: ProgramId = 'saber-hoaks';

/**
 * Jabar Saber Hoaks replication waves (real counts). Which of the remaining
 * regencies signed before 6 March 2023 and which before 15 July 2023 is not in
 * our sources: they are split in code order, which is illustrative.
 */
const SABER_WAVES = [
  {
    // Reported as the first seven, in 2021. Month not reported.
    signedAt: '2021-06-01',
    codes: ['32.11', '32.13', '32.74', '32.73', '32.05', '32.17', '32.78'],
    source: `Public reporting: the first seven regencies/cities to replicate Jabar Saber Hoaks by PKS, in 2021 (Sumedang, Subang, Kota Cirebon, Kota Bandung, Garut, Bandung Barat, Kota Tasikmalaya); ${FACTS}`,
    dateNote:
      'Reported only as signed in 2021: the signing day and month are unknown, 1 June 2021 is a placeholder.',
  },
  {
    // 16 had signed by 6 March 2023: the first seven and nine more.
    signedAt: '2023-03-01',
    codes: ['32.01', '32.02', '32.03', '32.04', '32.06', '32.08', '32.09', '32.10', '32.12'],
    source: `Public reporting: 16 regencies/cities had signed the Saber Hoaks replication PKS by 6 Mar 2023; ${FACTS}`,
    dateNote:
      'Reported only as signed by 6 Mar 2023 (16 of 27): the exact day is unknown, the first of that month is used; which regencies were in this wave is not reported and is illustrative.',
  },
  {
    // 23 of 27 had signed by 15 July 2023.
    signedAt: '2023-07-01',
    codes: ['32.14', '32.15', '32.16', '32.18', '32.71', '32.75', '32.79'],
    source: `Public reporting: 23 of 27 regencies/cities had signed the Saber Hoaks replication PKS by 15 Jul 2023 (not yet: Kab. Ciamis, Kota Cimahi, Kota Depok, Kota Sukabumi); ${FACTS}`,
    dateNote:
      'Reported only as signed by 15 Jul 2023 (23 of 27): the exact day is unknown, the first of that month is used; which regencies were in this wave is not reported and is illustrative.',
  },
] as const satisfies readonly {
  signedAt: string;
  codes: readonly RegencyCode[];
  source: string;
  dateNote: string;
}[];

// Had not signed by 15 July 2023 (real fact): Kab. Ciamis (32.07), Kota Cimahi
// (32.77), Kota Depok (32.76), Kota Sukabumi (32.72). Only Kota Cimahi gets a
// record below (an illustrative negotiation); the other three have none.

function saberHoaks(code: RegencyCode, wave: (typeof SABER_WAVES)[number]): Agreement {
  const year = wave.signedAt.slice(0, 4);
  return {
    id: `${SABER}-${year}-${slugOf(code)}`,
    number: `CONTOH/PKS-SABERHOAKS/${year}/${code}`,
    program: SABER,
    title: `PKS Replikasi Jabar Saber Hoaks (Sapu Bersih Hoaks) antara Pemda Provinsi Jawa Barat dan ${party(code)}`,
    regionCode: code,
    scope: ['communication'],
    serviceIds: ['jabar-saber-hoaks'],
    state: 'signed',
    signedAt: wave.signedAt,
    validFrom: wave.signedAt,
    validUntil: endOfTerm(wave.signedAt, 5),
    source: wave.source,
    note: `${wave.dateNote} A five-year term from signing is assumed (common for such agreements; the real term is not reported). ${PLACEHOLDER_NUMBER}`,
  };
}

const SABER_CIMAHI_NEGOTIATING: Agreement = {
  id: `${SABER}-2026-32-77`,
  number: 'CONTOH/PKS-SABERHOAKS/RANCANGAN/32.77',
  program: SABER,
  title: `Rancangan PKS Replikasi Jabar Saber Hoaks antara Pemda Provinsi Jawa Barat dan ${party('32.77')}`,
  regionCode: '32.77',
  scope: ['communication'],
  serviceIds: ['jabar-saber-hoaks'],
  state: 'negotiating',
  signedAt: null,
  validFrom: null,
  validUntil: null,
  source: `Public reporting: Kota Cimahi had not signed by 15 Jul 2023; ${FACTS}`,
  note: `ILLUSTRATIVE sample record, not a public record: the negotiation is made up to show the status. Kab. Ciamis, Kota Depok and Kota Sukabumi have no Saber Hoaks record (status none). ${PLACEHOLDER_NUMBER}`,
};

// ── command-center ──────────────────────────────────────────────────────────

const COMMAND_CENTER: ProgramId = 'command-center';

/** Provincial grants for regency command centers (real lists, approximate dates). */
const COMMAND_CENTER_GRANTS = [
  { year: '2019', codes: ['32.12', '32.09', '32.18', '32.05'] },
  {
    year: '2020',
    codes: ['32.06', '32.78', '32.08', '32.03', '32.77', '32.11', '32.01', '32.04', '32.02'],
  },
] as const satisfies readonly { year: string; codes: readonly RegencyCode[] }[];

function commandCenterGrant(code: RegencyCode, year: string): Agreement {
  return {
    id: `${COMMAND_CENTER}-${year}-${slugOf(code)}`,
    number: `CONTOH/NPHD-COMMANDCENTER/${year}/${code}`,
    program: COMMAND_CENTER,
    title: `Perjanjian Hibah Pembangunan Command Center ${party(code)} Tahun Anggaran ${year} dari Pemda Provinsi Jawa Barat`,
    regionCode: code,
    scope: ['command-center'],
    serviceIds: ['jabar-command-center'],
    state: 'signed',
    signedAt: `${year}-06-01`,
    validFrom: `${year}-06-01`,
    validUntil: `${year}-12-31`,
    source: `Public reporting on provincial command-center grants: 2019 Indramayu, Kab. Cirebon, Pangandaran, Garut; 2020 Kab. Tasikmalaya, Kota Tasikmalaya, Kuningan, Cianjur, Kota Cimahi, Sumedang, Kab. Bogor, Kab. Bandung, Kab. Sukabumi; ${FACTS}`,
    note: `Dates approximate: only the grant year is reported (and the 2020 list overlaps a 2022 list in reporting); 1 June is a placeholder signing day and the grant is taken to run to the end of its budget year. The command center itself keeps operating after the grant ends. ${PLACEHOLDER_NUMBER}`,
  };
}

// ── the set ─────────────────────────────────────────────────────────────────

function byRegion(a: Agreement, b: Agreement): number {
  return a.regionCode < b.regionCode ? -1 : a.regionCode > b.regionCode ? 1 : 0;
}

const spbeAgreements: Agreement[] = [
  ...ALL_REGENCIES.map(spbe2021),
  ...SPBE_RENEWALS.map(spbeRenewal),
].sort(byRegion); // stable: within a regency the 2021 PKS stays before its renewal

const saberAgreements: Agreement[] = [
  ...SABER_WAVES.flatMap((wave) => wave.codes.map((code) => saberHoaks(code, wave))),
  SABER_CIMAHI_NEGOTIATING,
].sort(byRegion);

const commandCenterAgreements: Agreement[] = COMMAND_CENTER_GRANTS.flatMap((grant) =>
  grant.codes.map((code) => commandCenterGrant(code, grant.year)),
).sort(byRegion);

/**
 * Every agreement in the sample, grouped by programme, then by regency, oldest
 * first within a regency. Regencies with no record for a programme have status
 * `none` for it (e.g. Kab. Ciamis, Kota Depok and Kota Sukabumi for Saber
 * Hoaks; the 14 regencies without a reported grant for command centers).
 */
export const agreements: readonly Agreement[] = [
  ...spbeAgreements,
  ...saberAgreements,
  ...commandCenterAgreements,
];
