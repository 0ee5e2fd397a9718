/** The overview's strings, with the shared agreement strings (`internal/status-messages.ts`). */

import type { AgreementStatus } from '@spbe/sdk';
import type { Locale } from '../internal/messages.js';
import { MESSAGES as AGREEMENT, type AgreementMessages } from '../internal/status-messages.js';

export interface OverviewMessages extends AgreementMessages {
  loading: string;
  missingParent: string;
  /** The table's caption: whose statuses, as of when. */
  caption: (province: string, date: string) => string;
  /** The first column's header. */
  regency: string;
  /** One status's count in a summary line: "23 berlaku", "14 with no agreement". */
  count: (count: number, status: AgreementStatus) => string;
  /** After a program's counts: "dari 27 kabupaten/kota". */
  ofTotal: (total: number) => string;
  /** The filter: only the regencies where a program shown is expired, expiring, terminated or missing. */
  needsAction: string;
  needsActionHint: string;
  /** How many rows are shown, announced when it changes. */
  shown: (count: number, total: number) => string;
  noneNeedAction: string;
  empty: string;
  /** The details of a regency, under its row. */
  detailsOf: (regency: string) => string;
}

export const MESSAGES: Record<Locale, OverviewMessages> = {
  id: {
    ...AGREEMENT.id,
    loading: 'Memuat status PKS kabupaten/kota…',
    errorUnknown: 'Status PKS kabupaten/kota tidak dapat dimuat.',
    missingParent: 'Kode provinsi belum diisi (atribut parent).',
    badRegion: (code) => `"${code}" bukan kode provinsi (contoh: 32).`,
    unknownRegion: (code) => `Tidak ada provinsi dengan kode ${code}.`,
    caption: (province, date) => `Status PKS kabupaten/kota di ${province}, per ${date}`,
    regency: 'Kabupaten/kota',
    // The status's label, lower case but for its acronym: "2 segera berakhir", "3 belum ada PKS".
    count: (count, status) => {
      const label = AGREEMENT.id.status[status];
      return `${count} ${label[0]!.toLowerCase()}${label.slice(1)}`;
    },
    ofTotal: (total) => `dari ${total} kabupaten/kota`,
    needsAction: 'Hanya yang perlu tindak lanjut',
    needsActionHint: 'PKS berakhir, segera berakhir, diakhiri atau belum ada',
    shown: (count, total) => `${count} dari ${total} kabupaten/kota ditampilkan`,
    noneNeedAction: 'Tidak ada kabupaten/kota yang perlu tindak lanjut.',
    empty: 'Belum ada kabupaten/kota atau program untuk ditampilkan.',
    detailsOf: (regency) => `Rincian PKS ${regency}`,
  },
  en: {
    ...AGREEMENT.en,
    loading: 'Loading the agreement status of every regency…',
    errorUnknown: 'The agreement status of the regencies could not be loaded.',
    missingParent: 'No province code given (the parent attribute).',
    badRegion: (code) => `"${code}" is not a province code (e.g. 32).`,
    unknownRegion: (code) => `No province has the code ${code}.`,
    caption: (province, date) =>
      `Agreement status of the regencies and cities of ${province}, as of ${date}`,
    regency: 'Regency or city',
    count: (count, status) =>
      `${count} ${status === 'none' ? 'with no agreement' : AGREEMENT.en.status[status].toLowerCase()}`,
    ofTotal: (total) => `(of ${total} regencies and cities)`,
    needsAction: 'Only those needing action',
    needsActionHint: 'agreement expired, expiring, terminated or missing',
    shown: (count, total) => `Showing ${count} of ${total} regencies and cities`,
    noneNeedAction: 'No regency or city needs action.',
    empty: 'There are no regencies or programs to show yet.',
    detailsOf: (regency) => `${regency}: agreement details`,
  },
};
