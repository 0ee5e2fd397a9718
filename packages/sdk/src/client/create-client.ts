/**
 * `createClient()`: the SDK's entry point, with its resources grouped as
 * `client.<resource>.<verb>()`. Arguments are validated before any request;
 * answers are validated against the contract before they are returned.
 */
import type * as z from 'zod/mini';
import { SpbeInputError } from '../errors/spbe-input-error.js';
import { SlugSchema } from '../schemas/common.js';
import { describeIssue, formatPath } from '../schemas/issues.js';
import type { ListPage } from '../schemas/list.js';
import { ProgramListSchema } from '../schemas/program.js';
import {
  type AgreementQuery,
  AgreementQuerySchema,
  type DescendantsQuery,
  DescendantsQuerySchema,
  descendantLevelIssue,
  type ServiceQuery,
  ServiceQuerySchema,
} from '../schemas/queries.js';
import {
  ProvinceCodeSchema,
  RegencyCodeSchema,
  RegionCodeSchema,
  RegionSchema,
} from '../schemas/region.js';
import {
  AgreementOverviewSchema,
  AgreementPageSchema,
  CatalogSchema,
  RegionAgreementListSchema,
  RegionListSchema,
  ServicePageSchema,
} from '../schemas/responses.js';
import { type Service, ServiceSchema } from '../schemas/service.js';
import { descendantsParser } from './descendants.js';
import { type ClientOptions, resolveOptions } from './options.js';
import type { CallOptions, SpbeClient } from './spbe-client.js';
import { createTransport, type Parser } from './transport.js';

function check<S extends z.ZodMiniType>(argument: string, schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new SpbeInputError(formatPath([argument, ...issue.path]), describeIssue(issue));
  }
  return result.data;
}

/** A query object as URL search parameters, in the schema's key order (stable cache keys). */
function searchOf(schema: z.ZodMiniObject, query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(schema.shape)) {
    const value = query[key];
    if (value !== undefined) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Creates a client for the SPBE API mounted at `baseUrl` (without `/v1`).
 * Every method validates its arguments (throwing {@link SpbeInputError}
 * before any request) and the answer (throwing {@link SpbeResponseError} when
 * it breaks the contract); HTTP, network and timeout failures are
 * {@link SpbeHttpError}, {@link SpbeNetworkError} and {@link SpbeTimeoutError}.
 * Answers are cached, shared and frozen: do not modify them.
 *
 * @example
 * import { createClient } from '@spbe/sdk';
 *
 * const spbe = createClient({ baseUrl: 'https://data.jabarprov.go.id/spbe' });
 * const regencies = await spbe.regions.children('32'); // 27 regencies
 * const page = await spbe.services.list({ q: 'izin usaha', pageSize: 5 });
 */
export function createClient(options: ClientOptions): SpbeClient {
  const resolved = resolveOptions(options);
  const transport = createTransport(resolved);
  const get = <T>(path: string, schema: Parser<T>, call?: CallOptions) =>
    transport.get(path, schema, call);
  // Methods are async so that bad arguments reject (like every other failure) rather than throw.

  const listServices = async (
    query: ServiceQuery = {},
    call?: CallOptions,
  ): Promise<ListPage<Service>> => {
    const valid = check('query', ServiceQuerySchema, query);
    return get(`services${searchOf(ServiceQuerySchema, valid)}`, ServicePageSchema, call);
  };

  return {
    /** The API's base URL with `/v1/`, as requests use it. */
    apiRoot: resolved.apiRoot,
    regions: {
      provinces: async (call?: CallOptions) => get('regions', RegionListSchema, call),
      get: async (code: string, call?: CallOptions) =>
        get(`regions/${check('code', RegionCodeSchema, code)}`, RegionSchema, call),
      children: async (code: string, call?: CallOptions) =>
        get(`regions/${check('code', RegionCodeSchema, code)}/children`, RegionListSchema, call),
      descendants: async (code: string, query: DescendantsQuery, call?: CallOptions) => {
        check('code', RegionCodeSchema, code);
        const { level } = check('query', DescendantsQuerySchema, query);
        const issue = descendantLevelIssue(code, level);
        if (issue) throw new SpbeInputError('query.level', issue);
        return get(
          `regions/${code}/descendants?level=${level}`,
          descendantsParser(code, level),
          call,
        );
      },
      agreements: async (code: string, call?: CallOptions) =>
        get(
          `regions/${check('code', RegencyCodeSchema, code)}/agreements`,
          RegionAgreementListSchema,
          call,
        ),
      agreementOverview: async (code: string, call?: CallOptions) =>
        get(
          `regions/${check('code', ProvinceCodeSchema, code)}/agreement-overview`,
          AgreementOverviewSchema,
          call,
        ),
    },
    services: {
      get: async (id: string, call?: CallOptions) =>
        get(`services/${check('id', SlugSchema, id)}`, ServiceSchema, call),
      list: listServices,
      async *iterate(query: ServiceQuery = {}, call?: CallOptions) {
        const first = check('query', ServiceQuerySchema, query);
        for (let page = first.page ?? 1; ; page++) {
          const result = await listServices({ pageSize: 100, ...first, page }, call);
          yield* result.items;
          if (result.items.length === 0 || page * result.pageSize >= result.total) return;
        }
      },
    },
    catalog: async (call?: CallOptions) => get('catalog', CatalogSchema, call),
    agreements: {
      list: async (query: AgreementQuery = {}, call?: CallOptions) => {
        const valid = check('query', AgreementQuerySchema, query);
        return get(`agreements${searchOf(AgreementQuerySchema, valid)}`, AgreementPageSchema, call);
      },
    },
    programs: async (call?: CallOptions) => get('programs', ProgramListSchema, call),
    clearCache: () => transport.clear(),
  };
}
