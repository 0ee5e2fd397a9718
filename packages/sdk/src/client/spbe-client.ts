/**
 * The shape of a client, as named interfaces: what editors show on hover and
 * what generated docs list, member by member.
 */
import type { Agreement } from '../schemas/agreement.js';
import type { ListPage } from '../schemas/list.js';
import type { Program } from '../schemas/program.js';
import type { AgreementQuery, DescendantsQuery, ServiceQuery } from '../schemas/queries.js';
import type { Region } from '../schemas/region.js';
import type { AgreementOverview, Catalog, RegionAgreement } from '../schemas/responses.js';
import type { Service } from '../schemas/service.js';
import type { StaleEvent } from './options.js';

/**
 * Per-call options.
 *
 * @example
 * await spbe.catalog({ signal: AbortSignal.timeout(3000) });
 */
export interface CallOptions {
  /** Aborting rejects the call at once with the signal's reason, and stops any retry. */
  signal?: AbortSignal;
  /** Told when this call is answered with a stale copy (as the client's own `onStale` is). */
  onStale?: (event: StaleEvent) => void;
}

/**
 * `client.regions`: the Kemendagri region tree and each regency's agreements.
 *
 * @example
 * const regencies = await spbe.regions.children('32');
 */
export interface RegionsApi {
  /** The 38 provinces. */
  provinces(call?: CallOptions): Promise<Region[]>;
  /** One region by Kemendagri code (`32`, `32.73`, `32.73.01`, `32.73.01.1001`). */
  get(code: string, call?: CallOptions): Promise<Region>;
  /** The regions one level down, in code order (a village has none). */
  children(code: string, call?: CallOptions): Promise<Region[]>;
  /**
   * Every region of one level under a region, in code order, in one request:
   * `level` is one below the code's own or lower (a province: `regency`,
   * `district` or `village`; a regency: `district` or `village`; a district:
   * `village`). The answer travels in a compact form and comes back as
   * ordinary, validated `Region` objects.
   *
   * @example
   * const villages = await spbe.regions.descendants('32.73', { level: 'village' }); // Kota Bandung's 151
   * const districts = await spbe.regions.descendants('32', { level: 'district' }); // West Java's 627
   */
  descendants(code: string, query: DescendantsQuery, call?: CallOptions): Promise<Region[]>;
  /** A regency's agreement status per program. */
  agreements(code: string, call?: CallOptions): Promise<RegionAgreement[]>;
  /**
   * Every regency of a province with its agreement status per program, and
   * the programs, in one request (instead of one `agreements` call per regency).
   *
   * @example
   * const { date, programs, regencies } = await spbe.regions.agreementOverview('32'); // 27 regencies
   */
  agreementOverview(code: string, call?: CallOptions): Promise<AgreementOverview>;
}

/**
 * `client.services`: one service, a page of them, or all of them.
 *
 * @example
 * const page = await spbe.services.list({ q: 'izin usaha', pageSize: 5 });
 */
export interface ServicesApi {
  /** One service by id. */
  get(id: string, call?: CallOptions): Promise<Service>;
  /** One page of services matching `q` and the filters. */
  list(query?: ServiceQuery, call?: CallOptions): Promise<ListPage<Service>>;
  /**
   * Every matching service, page by page (100 a page unless `pageSize` says
   * otherwise); the next page is fetched only when the loop wants it, so
   * `break` stops the fetching.
   */
  iterate(query?: ServiceQuery, call?: CallOptions): AsyncGenerator<Service, void, undefined>;
}

/**
 * `client.agreements`: agreements (PKS) by regency, program and state.
 *
 * @example
 * const { items } = await spbe.agreements.list({ region: '32.73', state: 'signed' });
 */
export interface AgreementsApi {
  /** One page of agreements, filtered by regency, program and state. */
  list(query?: AgreementQuery, call?: CallOptions): Promise<ListPage<Agreement>>;
}

/**
 * A client made by `createClient()`. Every method validates its arguments and
 * the answer; answers are cached, shared and frozen: do not modify them.
 *
 * @example
 * function useSpbe(client: SpbeClient) { return client.regions.children('32'); }
 */
export interface SpbeClient {
  /** The API's base URL with `/v1/`, as requests use it. */
  readonly apiRoot: string;
  readonly regions: RegionsApi;
  readonly services: ServicesApi;
  readonly agreements: AgreementsApi;
  /** The whole catalog, for local search. */
  catalog(call?: CallOptions): Promise<Catalog>;
  /** The cooperation programs, with their names. */
  programs(call?: CallOptions): Promise<Program[]>;
  /** Forgets every cached answer. */
  clearCache(): void;
}
