/** The service finder's strings, with the shared ones (`internal/messages.ts`). */
import type { Audience, Service } from '@spbe/sdk';
import { MESSAGES as COMMON, type Locale, type Messages } from '../internal/messages.js';

type Channel = Service['channels'][number];
type ProviderLevel = Service['provider']['level'];

export interface FinderMessages extends Messages {
  /** The search box's visible label. */
  searchLabel: string;
  placeholder: string;
  sector: string;
  audience: string;
  /** The filters' "no filter" choice. */
  allSectors: string;
  allAudiences: string;
  /** Sector names by slug; a slug not here is shown as written, dashes as spaces, capitalised. */
  sectors: Record<string, string>;
  audiences: Record<Audience, string>;
  channels: Record<Channel, string>;
  providerLevels: Record<ProviderLevel, string>;
  clearFilters: string;
  /** Said above the results when `region` limits them: "Layanan yang tersedia di Kota Bandung". */
  inRegion: (name: string) => string;
  loading: string;
  errorCatalog: string;
  /** Heading of the start view (empty query). */
  startHeading: string;
  /** "Lihat semua 8 layanan Kesehatan": shows the whole sector. */
  showSector: (count: number, sector: string) => string;
  /** The result count, announced and shown ("8 layanan ditemukan"); `more`: at least that many. */
  found: (count: number, more: boolean) => string;
  /** "untuk “ktp”": what the count is for. */
  forQuery: (query: string) => string;
  noResults: (query: string) => string;
  noResultsHelp: string;
  /** Offered when a nearby spelling finds something: "Maksud Anda:". */
  didYouMean: string;
  /** How many services match once the filters are cleared. */
  withoutFilters: (count: number) => string;
  provider: string;
  channelsLabel: string;
  pilot: string;
  retired: string;
  /** Pagination. */
  pages: string;
  previous: string;
  next: string;
  page: (page: number, pages: number) => string;
  badPageSize: (value: string) => string;
  badAudience: (value: string) => string;
}

/** Numbers as each language writes them ("1.000", "1,000"), one formatter each: counts change every keystroke. */
const NUMBER = { id: new Intl.NumberFormat('id-ID'), en: new Intl.NumberFormat('en-GB') };

const id: FinderMessages = {
  ...COMMON.id,
  searchLabel: 'Cari layanan',
  placeholder: 'Contoh: KTP, izin usaha',
  sector: 'Sektor',
  audience: 'Untuk',
  allSectors: 'Semua sektor',
  allAudiences: 'Semua pengguna',
  sectors: {
    archives: 'Kearsipan',
    budgeting: 'Penganggaran',
    'communication-information': 'Komunikasi dan informatika',
    complaints: 'Pengaduan',
    disaster: 'Kebencanaan',
    education: 'Pendidikan',
    health: 'Kesehatan',
    housing: 'Perumahan',
    land: 'Pertanahan',
    'legal-documentation': 'Dokumentasi hukum',
    licensing: 'Perizinan',
    'open-data': 'Data terbuka',
    'performance-accountability': 'Akuntabilitas kinerja',
    personnel: 'Kepegawaian',
    planning: 'Perencanaan',
    population: 'Kependudukan',
    procurement: 'Pengadaan',
    security: 'Keamanan',
    'social-security': 'Jaminan sosial',
    'staff-performance': 'Kinerja pegawai',
    tax: 'Pajak',
    transport: 'Transportasi',
    village: 'Desa',
    'work-business': 'Kerja dan usaha',
  },
  audiences: {
    citizens: 'Warga',
    'civil-servants': 'ASN',
    businesses: 'Pelaku usaha',
    governments: 'Instansi pemerintah',
  },
  channels: {
    web: 'Web',
    android: 'Android',
    ios: 'iOS',
    counter: 'Loket',
    phone: 'Telepon',
    whatsapp: 'WhatsApp',
    email: 'Surel',
    api: 'API',
  },
  providerLevels: { national: 'pusat', provincial: 'provinsi', regency: 'kabupaten/kota' },
  clearFilters: 'Hapus filter',
  inRegion: (name) => `Layanan yang tersedia di ${name}`,
  loading: 'Memuat daftar layanan…',
  errorCatalog: 'Daftar layanan tidak dapat dimuat.',
  startHeading: 'Layanan menurut sektor',
  showSector: (count, sector) => `Lihat semua ${count} layanan ${sector}`,
  found: (count, more) =>
    `${more ? 'Lebih dari ' : ''}${NUMBER.id.format(count)} layanan ditemukan`,
  forQuery: (query) => `untuk “${query}”`,
  noResults: (query) => `Tidak ada layanan untuk “${query}”`,
  noResultsHelp: 'Periksa ejaannya, atau pakai kata lain.',
  didYouMean: 'Maksud Anda:',
  withoutFilters: (count) => `${count} layanan cocok tanpa filter.`,
  provider: 'Penyedia',
  channelsLabel: 'Saluran',
  pilot: 'Uji coba',
  retired: 'Tidak aktif lagi',
  pages: 'Halaman hasil',
  previous: 'Sebelumnya',
  next: 'Berikutnya',
  page: (page, pages) => `Halaman ${page} dari ${pages}`,
  badPageSize: (value) => `page-size "${value}" tidak valid: pakai bilangan bulat 1–100.`,
  badAudience: (value) =>
    `audience "${value}" tidak dikenal (citizens, civil-servants, businesses, governments).`,
};

const en: FinderMessages = {
  ...COMMON.en,
  searchLabel: 'Search services',
  placeholder: 'e.g. ID card, permits',
  sector: 'Sector',
  audience: 'For',
  allSectors: 'All sectors',
  allAudiences: 'Everyone',
  // Other sectors read well as their slugs ("open-data" → "Open data"): see sectorName().
  sectors: {
    'communication-information': 'Communication and informatics',
    population: 'Civil registration',
    'work-business': 'Work and business',
  },
  audiences: {
    citizens: 'Citizens',
    'civil-servants': 'Civil servants',
    businesses: 'Businesses',
    governments: 'Government agencies',
  },
  channels: {
    web: 'Web',
    android: 'Android',
    ios: 'iOS',
    counter: 'Counter',
    phone: 'Phone',
    whatsapp: 'WhatsApp',
    email: 'Email',
    api: 'API',
  },
  providerLevels: { national: 'national', provincial: 'provincial', regency: 'regency/city' },
  clearFilters: 'Clear filters',
  inRegion: (name) => `Services available in ${name}`,
  loading: 'Loading services…',
  errorCatalog: 'The list of services could not be loaded.',
  startHeading: 'Services by sector',
  showSector: (count, sector) => `See all ${count} ${sector} services`,
  found: (count, more) =>
    `${more ? 'More than ' : ''}${NUMBER.en.format(count)} ${count === 1 && !more ? 'service' : 'services'} found`,
  forQuery: (query) => `for “${query}”`,
  noResults: (query) => `No services for “${query}”`,
  noResultsHelp: 'Check the spelling, or try other words.',
  didYouMean: 'Did you mean:',
  withoutFilters: (count) =>
    `${count} ${count === 1 ? 'service matches' : 'services match'} without the filters.`,
  provider: 'Provider',
  channelsLabel: 'Channels',
  pilot: 'Pilot',
  retired: 'No longer active',
  pages: 'Result pages',
  previous: 'Previous',
  next: 'Next',
  page: (page, pages) => `Page ${page} of ${pages}`,
  badPageSize: (value) => `page-size "${value}" is not valid: use a whole number from 1 to 100.`,
  badAudience: (value) =>
    `Unknown audience "${value}" (citizens, civil-servants, businesses, governments).`,
};

export const MESSAGES: Record<Locale, FinderMessages> = { id, en };

/** A sector's name for people: its label, else the slug with spaces ("public-works" → "Public works"). */
export function sectorName(m: FinderMessages, slug: string): string {
  const known = Object.hasOwn(m.sectors, slug) ? m.sectors[slug] : undefined;
  if (known) return known;
  const spaced = slug.replace(/-/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
