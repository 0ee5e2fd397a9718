/**
 * A client for stories: a real @spbe/sdk client whose fetch answers from the
 * small, fixed set below (one regency per agreement status), West Java's
 * real regions (sample-regions.ts) and the sample service catalog of
 * @spbe/data, so every state can be shown without a server. The figures are illustrative, like the
 * sample dataset's.
 */
import {
  type AgreementOverview,
  type AgreementStatus,
  createClient,
  type Region,
  regencyStanding,
  type Service,
  type SpbeClient,
} from '@spbe/sdk';
import { regionAnswer } from './sample-regions.js';

const PROGRAMS = [
  {
    id: 'spbe-infrastructure',
    name: 'Percepatan Infrastruktur SPBE',
    nameEn: 'SPBE infrastructure acceleration',
    description: 'Infrastruktur bersama SPBE provinsi dan kabupaten/kota.',
  },
  {
    id: 'saber-hoaks',
    name: 'Jabar Saber Hoaks',
    nameEn: 'Jabar Saber Hoaks',
    description: 'Penanganan hoaks bersama.',
  },
  {
    id: 'command-center',
    name: 'Pusat Komando Daerah',
    nameEn: 'Regional command centre',
    description: 'Command center kabupaten/kota.',
  },
];

/** An agreement in the given status (dates around 29 November 2026). */
function agreement(status: AgreementStatus, region: string) {
  const signed = status !== 'draft' && status !== 'negotiating';
  const dates: Record<string, [string, string]> = {
    scheduled: ['2027-01-01', '2031-12-31'],
    active: ['2024-03-01', '2028-02-29'],
    expiring: ['2022-01-10', '2027-01-09'],
    expired: ['2021-06-01', '2026-05-31'],
    terminated: ['2021-06-01', '2026-12-31'],
  };
  const [from, until] = dates[status] ?? [null, null];
  return {
    id: `contoh-${region.replace('.', '-')}-${status}`,
    number: `CONTOH/PKS-SPBE/${region}/2024`,
    program: 'spbe-infrastructure',
    title: 'Percepatan penerapan SPBE',
    regionCode: region,
    scope: ['informatics', 'encryption'],
    serviceIds: [],
    state: status === 'terminated' ? 'terminated' : signed ? 'signed' : status,
    signedAt: signed ? from : null,
    validFrom: signed ? from : null,
    validUntil: signed ? until : null,
    ...(status === 'terminated' ? { terminatedAt: '2025-08-17' } : {}),
    ...(status === 'active' ? { documentUrl: 'https://jdih.jabarprov.go.id/contoh-pks.pdf' } : {}),
    source: 'Contoh untuk Storybook.',
  };
}

const DAYS_LEFT: Partial<Record<AgreementStatus, number>> = {
  active: 457,
  expiring: 41,
  expired: -182,
  terminated: -104,
  scheduled: 1859,
};

/** The regency shown for each status in the stories. */
export const REGENCY_OF: Record<AgreementStatus, string> = {
  none: '32.01',
  draft: '32.02',
  negotiating: '32.03',
  scheduled: '32.04',
  active: '32.73',
  expiring: '32.05',
  expired: '32.06',
  terminated: '32.07',
};

/** A regency whose agreements carry very long numbers and titles (the long-content stories). */
export const LONG_CONTENT_REGION = '32.08';

function agreementsOf(region: string) {
  const status =
    (Object.entries(REGENCY_OF).find(([, code]) => code === region)?.[0] as AgreementStatus) ??
    'none';
  return PROGRAMS.map((program, i) => {
    // The first program carries the regency's status; the others vary.
    const shown: AgreementStatus = i === 0 ? status : i === 1 ? 'active' : 'none';
    const a =
      shown === 'none'
        ? null
        : {
            ...agreement(shown, region),
            program: program.id,
            id: `contoh-${i}-${region.replace('.', '-')}`,
            ...(region === LONG_CONTENT_REGION
              ? {
                  number: `CONTOH/PKS-SPBE/PEMERINTAHDAERAHPROVINSIJAWABARATDANPEMERINTAHKABUPATENKUNINGAN/${i}/2024`,
                  title:
                    'Perjanjian Kerja Sama tentang Percepatan Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik, Pemanfaatan Bersama Infrastruktur Informatika, Statistik, Persandian dan Komunikasi, serta Integrasi Layanan Pusat Komando Daerah',
                }
              : {}),
          };
    return { program: program.id, status: shown, agreement: a, daysLeft: DAYS_LEFT[shown] ?? null };
  });
}

/** The day the sample's statuses are shown for (the dataset's DATASET_AS_OF), at noon in Jakarta. */
const AS_OF = '2026-11-29T12:00:00+07:00';

/**
 * `/v1/regions/{code}/agreement-overview` from the real sample agreements of
 * @spbe/data, by the SDK's own rules on the sample's date, as the server
 * answers it; `shape` changes it for the hostile and empty stories.
 */
async function overviewOf(
  url: URL,
  code: string,
  shape?: (overview: AgreementOverview) => AgreementOverview,
): Promise<AgreementOverview | undefined> {
  const region = (await regionAnswer(new URL(`/v1/regions/${code}`, url))) as Region | undefined;
  if (!region) return undefined;
  const children = (await regionAnswer(new URL(`/v1/regions/${code}/children`, url))) as Region[];
  const [{ agreements }, { programs }] = await Promise.all([
    import('../packages/data/src/catalog/agreements.js'),
    import('../packages/data/src/catalog/programs.js'),
  ]);
  const overview: AgreementOverview = {
    region,
    date: AS_OF.slice(0, 10),
    programs: [...programs],
    regencies: children.map((regency) => ({
      region: regency,
      agreements: regencyStanding(
        agreements,
        programs.map((p) => p.id),
        regency.code,
        AS_OF,
      ),
    })),
  };
  return shape ? shape(overview) : overview;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });

/** How the sample API behaves. */
export type Behaviour = 'ok' | 'slow' | 'never' | 'down' | 'broken' | 'stale';

/**
 * A client on the sample data, behaving as asked; `catalog` replaces the
 * sample service catalog (a hostile or a very large one), `overview` reshapes
 * the agreement overview (hostile or empty).
 */
export function sampleClient(
  behaviour: Behaviour = 'ok',
  catalog?: Promise<readonly Service[]>,
  overview?: (overview: AgreementOverview) => AgreementOverview,
): SpbeClient {
  let served = 0;
  return createClient({
    baseUrl: 'https://contoh.spbe.invalid',
    retry: 0,
    cache: { ttl: behaviour === 'stale' ? 1 : 60_000, staleIfError: true },
    fetch: async (input) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      served++;
      if (behaviour === 'never') return new Promise<Response>(() => {});
      if (behaviour === 'slow') await new Promise((r) => setTimeout(r, 2500));
      if (behaviour === 'down' || (behaviour === 'stale' && served > 2)) {
        return json({ title: 'Service Unavailable', status: 503 }, 503);
      }
      if (behaviour === 'broken') return json([{ program: 42 }]);
      if (url.pathname === '/v1/programs') return json(PROGRAMS);
      if (url.pathname === '/v1/catalog') {
        // The sample catalog of @spbe/data, loaded when a story first asks for it.
        const items =
          (await catalog) ?? (await import('../packages/data/src/catalog/services.js')).services;
        return json({ updatedAt: '2026-11-29', total: items.length, items });
      }
      const province = /^\/v1\/regions\/(\d{2})\/agreement-overview$/.exec(url.pathname);
      if (province) {
        const answer = await overviewOf(url, province[1]!, overview);
        if (answer) return json(answer);
      }
      const match = /^\/v1\/regions\/(\d{2}\.\d{2})\/agreements$/.exec(url.pathname);
      if (match) return json(agreementsOf(match[1]!));
      const regions = await regionAnswer(url);
      if (regions !== undefined) return json(regions);
      return json({ title: 'Not Found', status: 404, detail: 'No such region.' }, 404);
    },
  });
}
