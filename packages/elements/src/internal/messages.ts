/**
 * Every string the elements show or announce, per language. `Messages` is the
 * contract: a language that misses a key, or gets a parameter wrong, does not
 * compile.
 */
import type { AgreementStatus } from '@spbe/sdk';

export type Locale = 'id' | 'en';

export interface Messages {
  /** The label of each agreement status. */
  status: Record<AgreementStatus, string>;
  loading: string;
  retry: string;
  /** Said of data served from the cache while the API is down: `age` is e.g. "10 menit lalu". */
  staleData: (age: string) => string;
  errorNetwork: string;
  errorTimeout: string;
  errorServer: (status: number) => string;
  errorContract: string;
  errorUnknown: string;
  missingRegion: string;
  badRegion: (code: string) => string;
  unknownRegion: (code: string) => string;
  unknownProgram: (program: string) => string;
  badBaseUrl: string;
  /** Before a badge's status, for screen readers: "PKS Infrastruktur SPBE: ". */
  agreementFor: (program: string) => string;
  agreementNumber: string;
  program: string;
  signedOn: string;
  validity: string;
  validFromTo: (from: string, to: string) => string;
  validFrom: (from: string) => string;
  timeLeft: string;
  daysLeft: (days: number) => string;
  ended: string;
  daysAgo: (days: number) => string;
  terminatedOn: string;
  document: string;
  noDocument: string;
  statusesOf: string;
}

const id: Messages = {
  status: {
    none: 'Belum ada PKS',
    draft: 'Draf',
    negotiating: 'Dalam negosiasi',
    scheduled: 'Belum berlaku',
    active: 'Berlaku',
    expiring: 'Segera berakhir',
    expired: 'Berakhir',
    terminated: 'Diakhiri',
  },
  loading: 'Memuat status PKS…',
  retry: 'Coba lagi',
  staleData: (age) => `Data dari ${age}; server sedang tidak dapat dihubungi.`,
  errorNetwork: 'Server SPBE tidak dapat dihubungi.',
  errorTimeout: 'Server SPBE terlalu lama menjawab.',
  errorServer: (status) => `Server SPBE sedang bermasalah (kode ${status}).`,
  errorContract: 'Server SPBE mengirim data yang tidak sesuai.',
  errorUnknown: 'Status PKS tidak dapat dimuat.',
  missingRegion: 'Kode kabupaten/kota belum diisi (atribut region).',
  badRegion: (code) => `"${code}" bukan kode kabupaten/kota (contoh: 32.73).`,
  unknownRegion: (code) => `Tidak ada kabupaten/kota dengan kode ${code}.`,
  unknownProgram: (program) => `Program "${program}" tidak dikenal.`,
  badBaseUrl: 'Alamat API (base-url) tidak valid.',
  agreementFor: (program) => `PKS ${program}: `,
  agreementNumber: 'Nomor PKS',
  program: 'Program',
  signedOn: 'Ditandatangani',
  validity: 'Masa berlaku',
  validFromTo: (from, to) => `${from} – ${to}`,
  validFrom: (from) => `Sejak ${from}`,
  timeLeft: 'Sisa waktu',
  daysLeft: (days) => (days === 0 ? 'Hari terakhir' : `${days} hari lagi`),
  ended: 'Berakhir',
  daysAgo: (days) => `${days} hari lalu`,
  terminatedOn: 'Diakhiri pada',
  document: 'Dokumen PKS',
  noDocument: 'Dokumen belum tersedia',
  statusesOf: 'Status PKS per program',
};

const en: Messages = {
  status: {
    none: 'No agreement',
    draft: 'Draft',
    negotiating: 'Under negotiation',
    scheduled: 'Not yet in force',
    active: 'Active',
    expiring: 'Expiring soon',
    expired: 'Expired',
    terminated: 'Terminated',
  },
  loading: 'Loading agreement status…',
  retry: 'Try again',
  staleData: (age) => `Data from ${age}; the server cannot be reached.`,
  errorNetwork: 'The SPBE server cannot be reached.',
  errorTimeout: 'The SPBE server took too long to answer.',
  errorServer: (status) => `The SPBE server has a problem (code ${status}).`,
  errorContract: 'The SPBE server sent data that does not fit.',
  errorUnknown: 'The agreement status could not be loaded.',
  missingRegion: 'No regency code given (the region attribute).',
  badRegion: (code) => `"${code}" is not a regency code (e.g. 32.73).`,
  unknownRegion: (code) => `No regency has the code ${code}.`,
  unknownProgram: (program) => `Unknown program "${program}".`,
  badBaseUrl: 'The API address (base-url) is not valid.',
  agreementFor: (program) => `${program} agreement: `,
  agreementNumber: 'Agreement number',
  program: 'Program',
  signedOn: 'Signed',
  validity: 'Valid',
  validFromTo: (from, to) => `${from} – ${to}`,
  validFrom: (from) => `From ${from}`,
  timeLeft: 'Time left',
  daysLeft: (days) => (days === 0 ? 'Last day' : `${days} days`),
  ended: 'Ended',
  daysAgo: (days) => `${days} days ago`,
  terminatedOn: 'Terminated on',
  document: 'Agreement document',
  noDocument: 'No document yet',
  statusesOf: 'Agreement status per program',
};

export const MESSAGES: Record<Locale, Messages> = { id, en };

/** The language for a BCP 47 tag: English for `en…`, Indonesian otherwise (also for `in`, the old code). */
export function localeOf(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  return /^en\b/i.test(tag) ? 'en' : /^(?:id|in)\b/i.test(tag) ? 'id' : undefined;
}
