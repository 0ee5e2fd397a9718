/**
 * The strings of an agreement's status and details, shared by the badge and
 * the overview (with the strings every element shares).
 */
import type { AgreementStatus } from '@spbe/sdk';
import { MESSAGES as COMMON, type Locale, type Messages } from './messages.js';

export interface AgreementMessages extends Messages {
  /** The label of each agreement status. */
  status: Record<AgreementStatus, string>;
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
}

const id: AgreementMessages = {
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
};

const en: AgreementMessages = {
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
  unknownProgram: (program) => `Unknown program "${program}".`,
  agreementFor: (program) => `${program} agreement: `,
  agreementNumber: 'Agreement number',
  signedOn: 'Signed',
  validity: 'Valid',
  validFromTo: (from, to) => `${from} – ${to}`,
  validFrom: (from) => `From ${from}`,
  timeLeft: 'Ends',
  daysLeft: (days) =>
    days === 0 ? 'Today is the last day' : `in ${days} day${days === 1 ? '' : 's'}`,
  ended: 'Ended',
  daysAgo: (days) => `${days} day${days === 1 ? '' : 's'} ago`,
  terminatedOn: 'Terminated on',
  document: 'Agreement document',
  noDocument: 'No document yet',
};

export const MESSAGES: Record<Locale, AgreementMessages> = { id, en };
