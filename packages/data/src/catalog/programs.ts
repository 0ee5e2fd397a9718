/**
 * The cooperation programmes that West Java's agreements (PKS) belong to.
 *
 * A SAMPLE assembled from public reporting, not an official register: see
 * `packages/data/CATALOG.md` for the sources and for what is illustrative.
 */
import type { Program } from '@spbe/sdk';

/**
 * The calendar date (Asia/Jakarta) that the sample's statuses are described for.
 * Agreement statuses are derived on any day; this is the day the sample was
 * written to show every status on.
 */
export const DATASET_AS_OF = '2026-11-29';

/** The programs, in display order. */
export const programs = [
  {
    id: 'spbe-infrastructure',
    name: 'Percepatan Infrastruktur SPBE',
    nameEn: 'SPBE infrastructure acceleration',
    description:
      'Perjanjian kerja sama (PKS) antara Pemda Provinsi Jawa Barat dan seluruh 27 kabupaten/kota yang ditandatangani 12 Agustus 2021 berdasarkan Perpres 95/2018 tentang SPBE, untuk mempercepat infrastruktur 2020–2023 di bidang informatika, statistik, persandian dan komunikasi, termasuk command center daerah.',
  },
  {
    id: 'saber-hoaks',
    name: 'Replikasi Jabar Saber Hoaks',
    nameEn: 'Jabar Saber Hoaks replication',
    description:
      'Pembentukan unit anti-hoaks di kabupaten/kota dengan mereplikasi Jabar Saber Hoaks (Sapu Bersih Hoaks) melalui PKS: tujuh daerah pertama pada 2021, 16 daerah per 6 Maret 2023, dan 23 dari 27 daerah per 15 Juli 2023.',
  },
  {
    id: 'command-center',
    name: 'Command Center Daerah',
    nameEn: 'Regional command centers',
    description:
      'Pembangunan command center di kabupaten/kota dengan dana hibah Pemda Provinsi Jawa Barat (2019: empat daerah; 2020: sembilan daerah), terhubung dengan Jabar Command Center. Targetnya seluruh 27 kabupaten/kota.',
  },
] as const satisfies readonly Program[];

/** `spbe-infrastructure | saber-hoaks | command-center`. */
export type ProgramId = (typeof programs)[number]['id'];
