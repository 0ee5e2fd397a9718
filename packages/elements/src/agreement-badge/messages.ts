/** The badge's strings, with the shared agreement strings (`internal/status-messages.ts`). */

import type { Locale } from '../internal/messages.js';
import { MESSAGES as AGREEMENT, type AgreementMessages } from '../internal/status-messages.js';

export interface BadgeMessages extends AgreementMessages {
  loading: string;
  errorUnknown: string;
  missingRegion: string;
  statusesOf: string;
}

export const MESSAGES: Record<Locale, BadgeMessages> = {
  id: {
    ...AGREEMENT.id,
    loading: 'Memuat status PKS…',
    errorUnknown: 'Status PKS tidak dapat dimuat.',
    missingRegion: 'Kode kabupaten/kota belum diisi (atribut region).',
    statusesOf: 'Status PKS per program',
  },
  en: {
    ...AGREEMENT.en,
    loading: 'Loading agreement status…',
    errorUnknown: 'The agreement status could not be loaded.',
    missingRegion: 'No regency code given (the region attribute).',
    statusesOf: 'Agreement status per program',
  },
};
