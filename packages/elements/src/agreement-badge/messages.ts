/** The badge's strings, with the shared ones (`internal/messages.ts`). */
import type { AgreementStatus } from '@spbe/sdk';
import { MESSAGES as COMMON, type Locale, type Messages } from '../internal/messages.js';

export interface BadgeMessages extends Messages {
  /** The label of each agreement status. */
  status: Record<AgreementStatus, string>;
  loading: string;
  errorUnknown: string;
  missingRegion: string;
  unknownProgram: (program: string) => string;
  /** Before a badge's status, for screen readers: "PKS Infrastruktur SPBE: ". */
  agreementFor: (program: string) => string;
  agreementNumber: string;
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

const id: BadgeMessages = {
  ...COMMON.id,
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
  errorUnknown: 'Status PKS tidak dapat dimuat.',
  missingRegion: 'Kode kabupaten/kota belum diisi (atribut region).',
  unknownProgram: (program) => `Program "${program}" tidak dikenal.`,
  agreementFor: (program) => `PKS ${program}: `,
  agreementNumber: 'Nomor PKS',
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

const en: BadgeMessages = {
  ...COMMON.en,
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
  errorUnknown: 'The agreement status could not be loaded.',
  missingRegion: 'No regency code given (the region attribute).',
  unknownProgram: (program) => `Unknown program "${program}".`,
  agreementFor: (program) => `${program} agreement: `,
  agreementNumber: 'Agreement number',
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

export const MESSAGES: Record<Locale, BadgeMessages> = { id, en };
