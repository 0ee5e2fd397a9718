/**
 * The strings every element shares (failures, retry, stale data), per
 * language, and how a language is chosen. Each element adds its own strings
 * (its `messages.ts`), so a page with one element carries only that one's.
 * An interface is the contract: a language that misses a key, or gets a
 * parameter wrong, does not compile.
 */

export type Locale = 'id' | 'en';

export interface Messages {
  retry: string;
  /** Said of data served from the cache while the API is down: `age` is e.g. "10 menit lalu". */
  staleData: (age: string) => string;
  errorNetwork: string;
  errorTimeout: string;
  errorServer: (status: number) => string;
  errorContract: string;
  badBaseUrl: string;
  badRegion: (code: string) => string;
  unknownRegion: (code: string) => string;
  errorUnknown: string;
}

export const MESSAGES: Record<Locale, Messages> = {
  id: {
    retry: 'Coba lagi',
    staleData: (age) => `Data dari ${age}; server sedang tidak dapat dihubungi.`,
    errorNetwork: 'Server SPBE tidak dapat dihubungi.',
    errorTimeout: 'Server SPBE terlalu lama menjawab.',
    errorServer: (status) => `Server SPBE sedang bermasalah (kode ${status}).`,
    errorContract: 'Server SPBE mengirim data yang tidak sesuai.',
    badBaseUrl: 'Alamat API (base-url) tidak valid.',
    badRegion: (code) => `"${code}" bukan kode kabupaten/kota (contoh: 32.73).`,
    unknownRegion: (code) => `Tidak ada kabupaten/kota dengan kode ${code}.`,
    errorUnknown: 'Data tidak dapat dimuat.',
  },
  en: {
    retry: 'Try again',
    staleData: (age) => `Data from ${age}; the server cannot be reached.`,
    errorNetwork: 'The SPBE server cannot be reached.',
    errorTimeout: 'The SPBE server took too long to answer.',
    errorServer: (status) => `The SPBE server has a problem (code ${status}).`,
    errorContract: 'The SPBE server sent data that does not fit.',
    badBaseUrl: 'The API address (base-url) is not valid.',
    badRegion: (code) => `"${code}" is not a regency code (e.g. 32.73).`,
    unknownRegion: (code) => `No regency has the code ${code}.`,
    errorUnknown: 'The data could not be loaded.',
  },
};

/** The language for a BCP 47 tag: English for `en…`, Indonesian otherwise (also for `in`, the old code). */
export function localeOf(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  return /^en\b/i.test(tag) ? 'en' : /^(?:id|in)\b/i.test(tag) ? 'id' : undefined;
}
