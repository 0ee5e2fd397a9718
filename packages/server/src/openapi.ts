/**
 * The OpenAPI 3.1 document, generated from the route table and the SDK's zod
 * schemas (JSON Schema 2020-12 is OpenAPI 3.1's own dialect). Nothing of the
 * contract is written twice: change a schema and the document follows.
 */
import {
  AgreementOverviewSchema,
  AgreementPageSchema,
  AgreementSchema,
  CatalogSchema,
  DescendantsSchema,
  IsoDateSchema,
  ProblemSchema,
  ProgramListSchema,
  ProgramSchema,
  RegionAgreementListSchema,
  RegionAgreementSchema,
  RegionListSchema,
  RegionSchema,
  ServicePageSchema,
  ServiceSchema,
} from '@spbe/sdk';
import * as z from 'zod/mini';
import { PROBLEM_TYPES, problemTypeUri } from './http/problem.js';
import { API_ROUTES, CACHE, OPENAPI_PATH } from './routes.js';

type Meta = { id: string; description?: string };

// Components, with what JSON Schema cannot say (cross-field rules) in words.
const COMPONENTS: [z.ZodMiniType, Meta][] = [
  [
    RegionSchema,
    {
      id: 'Region',
      description:
        'A region. `level` and `parentCode` follow from the shape of `code`; `kind` is present for regencies (`kabupaten` for numbers 01–69, `kota` for 71–99) and villages (`kelurahan`, `desa`, `desa-adat` for a first digit 1, 2, 3).',
    },
  ],
  [RegionListSchema, { id: 'RegionList' }],
  [
    DescendantsSchema,
    {
      id: 'Descendants',
      description:
        "Every region of one level under a region, in code order, as two parallel columns: `codes[i]` is named `names[i]` (the two have the same length). Every code is of `level`. Each region is the `Region` `{ code, name, level, parentCode, kind }` whose `parentCode` and `kind` follow from its code, which is why they are not sent: West Java's 5,957 villages take 169 KB this way instead of 601 KB as `Region` objects.",
    },
  ],
  [ServiceSchema, { id: 'Service', description: 'An SPBE service in the provincial catalog.' }],
  [ServicePageSchema, { id: 'ServicePage' }],
  [CatalogSchema, { id: 'Catalog' }],
  [
    AgreementSchema,
    {
      id: 'Agreement',
      description:
        'A cooperation agreement (PKS). Signed and terminated agreements have `signedAt`, `validFrom` and `validUntil`; terminated ones also `terminatedAt`; `validFrom` ≤ `validUntil`. Dates are Asia/Jakarta calendar dates.',
    },
  ],
  [AgreementPageSchema, { id: 'AgreementPage' }],
  [
    RegionAgreementSchema,
    {
      id: 'RegionAgreement',
      description:
        "`status` is derived on the server's Asia/Jakarta date: `expiring` means signed with 90 days or fewer left; `daysLeft` is 0 on the last day.",
    },
  ],
  [RegionAgreementListSchema, { id: 'RegionAgreementList' }],
  [
    AgreementOverviewSchema,
    {
      id: 'AgreementOverview',
      description:
        'Where every regency (kabupaten/kota) of a province stands: the province (`region`), the Asia/Jakarta `date` the statuses are for, the programs, and each regency of the province (its `parentCode` is `region.code`), in code order, with the entries `/v1/regions/{code}/agreements` answers for it (one per program, in the order of `programs`).',
    },
  ],
  [ProgramSchema, { id: 'Program' }],
  [ProgramListSchema, { id: 'ProgramList' }],
  [
    ProblemSchema,
    {
      id: 'Problem',
      description: `RFC 9457 problem details. \`type\` is one of: ${Object.entries(PROBLEM_TYPES)
        .map(
          ([type, meaning]) =>
            `\`${problemTypeUri(type as keyof typeof PROBLEM_TYPES)}\` (${meaning})`,
        )
        .join('; ')}.`,
    },
  ],
];

const QUERY_DOCS: Record<string, string> = {
  q: 'Free text, as people write it ("bikin sim", "izin usaha"). Case, accents and punctuation do not matter.',
  sector: 'Only services of this sector (a slug such as `population` or `health`).',
  audience: 'Only services for this audience.',
  region: 'Only services available in this regency (kabupaten/kota code such as `32.73`).',
  type: 'Only `public` or only `administrative` services.',
  status: 'Only services with this status.',
  program: 'Only agreements of this program (see `/v1/programs`).',
  state: 'Only agreements in this lifecycle state.',
  level:
    "Which level to list: `regency`, `district` or `village`, below the region's own (a province: any of the three; a regency: `district` or `village`; a district: `village`).",
  page: 'Page number, from 1.',
  pageSize: 'Items per page, 1–100. Default 20.',
};

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/**
 * What a rule says that JSON Schema can: the SDK checks calendar dates with a
 * rule (smaller in browsers than zod's date format), documented as the
 * `date` format with its pattern.
 */
const override: NonNullable<Parameters<typeof z.toJSONSchema>[1]>['override'] = (ctx) => {
  if (ctx.zodSchema === IsoDateSchema) {
    Object.assign(ctx.jsonSchema, { format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
  }
};
const problemResponse = (description: string) => ({
  description,
  headers: { 'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' } },
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'A parameter is malformed, out of range or unknown (problem details name it).',
  404: 'Nothing has this code or id.',
  405: 'Only GET, HEAD and OPTIONS are answered; see the Allow header.',
  413: 'The request carries a body larger than the server accepts.',
};

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<Meta>();
  for (const [schema, meta] of COMPONENTS) registry.add(schema, meta);
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    // Descriptions come from the metadata registry, which is the global one
    // unless named here: without this the components lose their descriptions.
    metadata: registry,
    // What a client must accept: objects stay open to fields added later.
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
    override,
  });
  const out: Record<string, unknown> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema as Record<string, unknown>;
    out[id] = rest;
  }
  return out;
}

function componentIdOf(schema: z.ZodMiniType): string {
  const found = COMPONENTS.find(([s]) => s === schema);
  if (!found) throw new Error('a route answers with a schema that is not a component');
  return found[1].id;
}

function jsonSchemaOf(schema: z.ZodMiniType): Record<string, unknown> {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    override,
  }) as Record<string, unknown>;
  return rest;
}

/** Builds the document. `version` is the server package's version. */
export function buildOpenApi(version: string): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const route of API_ROUTES) {
    const parameters = [
      ...route.params.map((p) => ({
        name: p.name,
        in: 'path',
        required: true,
        description: p.description,
        example: p.example,
        schema: jsonSchemaOf(p.schema),
      })),
      ...Object.entries(route.query?.shape ?? {}).map(([name, schema]) => ({
        name,
        in: 'query',
        required: (schema as z.ZodMiniType)._zod.def.type !== 'optional',
        description: QUERY_DOCS[name] ?? '',
        schema: jsonSchemaOf(schema as z.ZodMiniType),
      })),
    ];
    const errors = Object.fromEntries(
      [...route.errors, 405].map((status) => [
        String(status),
        problemResponse(ERROR_DESCRIPTIONS[status] ?? ''),
      ]),
    );
    paths[route.path.replace(/:([A-Za-z]+)/g, '{$1}')] = {
      get: {
        operationId: route.operationId,
        tags: [route.tag],
        summary: route.summary,
        description: `${route.description}\n\nCache-Control: \`${route.cacheControl}\`.`,
        parameters: [...parameters, { $ref: '#/components/parameters/If-None-Match' }],
        responses: {
          '200': {
            description: route.responseDescription,
            headers: {
              ETag: { $ref: '#/components/headers/ETag' },
              'Cache-Control': { schema: { type: 'string', const: route.cacheControl } },
              'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' },
            },
            content: { 'application/json': { schema: ref(componentIdOf(route.response)) } },
          },
          '304': { $ref: '#/components/responses/NotModified' },
          ...errors,
        },
      },
    };
  }

  paths[OPENAPI_PATH] = {
    get: {
      operationId: 'getOpenApi',
      tags: ['meta'],
      summary: 'This document',
      description: `OpenAPI 3.1, generated from the schemas in @spbe/sdk.\n\nCache-Control: \`${CACHE.document}\`.`,
      parameters: [{ $ref: '#/components/parameters/If-None-Match' }],
      responses: {
        '200': {
          description: 'The OpenAPI document.',
          content: { 'application/json': { schema: { type: 'object' } } },
        },
        '304': { $ref: '#/components/responses/NotModified' },
        '405': problemResponse(ERROR_DESCRIPTIONS[405]!),
      },
    },
  };
  // The drop-in's files: a file of /cdn/ itself, or of a pinned folder.
  const fileParam = {
    name: 'file',
    in: 'path',
    required: true,
    example: 'spbe.js',
    schema: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' },
  };
  const asset = (
    operationId: string,
    summary: string,
    description: string,
    malformed: string,
    params: object[],
  ) => ({
    get: {
      operationId,
      tags: ['meta'],
      summary,
      description,
      parameters: params,
      responses: {
        '200': {
          description: 'The file.',
          content: { 'text/javascript': { schema: { type: 'string' } } },
        },
        '304': { $ref: '#/components/responses/NotModified' },
        '400': problemResponse(malformed),
        '404': problemResponse('There is no such file.'),
        '405': problemResponse(ERROR_DESCRIPTIONS[405]!),
      },
    },
  });
  paths['/cdn/{file}'] = asset(
    'getAsset',
    'Drop-in assets',
    "The drop-in bundle's latest loader (`spbe.js`, which loads its modules from the pinned folder of its version), loadable from any origin (`Cross-Origin-Resource-Policy: cross-origin`). Names with a content hash are cached for a year (`immutable`); others for five minutes, then revalidated.",
    'The file name is malformed.',
    [fileParam],
  );
  paths['/cdn/{dir}/{file}'] = asset(
    'getPinnedAsset',
    'Drop-in assets of a pinned version',
    "A pinned version of the drop-in: `spbe@0.1.0/spbe.js` (use it with Subresource Integrity), its modules (named for their content, cached for a year) and `integrity.json` (every file's SRI hash and the files each element needs; revalidated like the loader). Loadable from any origin.",
    'The folder or file name is malformed.',
    [
      {
        name: 'dir',
        in: 'path',
        required: true,
        example: 'spbe@0.1.0',
        schema: { type: 'string', pattern: '^spbe@\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.]+)?$' },
      },
      fileParam,
    ],
  );
  paths['/'] = {
    get: {
      operationId: 'getHomePage',
      tags: ['meta'],
      summary: 'A page for people',
      description: 'What this API is, its resources as links, the data sources and licences.',
      responses: {
        '200': { description: 'HTML.', content: { 'text/html': { schema: { type: 'string' } } } },
        '405': problemResponse(ERROR_DESCRIPTIONS[405]!),
      },
    },
  };

  // A demo page: HTML in Indonesian or English, other parameters its own.
  const demoPage = (
    operationId: string,
    summary: string,
    description: string,
    own: string[] = [],
  ) => ({
    get: {
      operationId,
      tags: ['meta'],
      summary,
      description,
      parameters: [
        {
          name: 'lang',
          in: 'query',
          required: false,
          description: '`id` (Indonesian, the default) or `en` (English).',
          schema: { type: 'string', enum: ['id', 'en'] },
        },
        ...own.map((name) => ({
          name,
          in: 'query',
          required: false,
          description:
            "The service finder's state (its `sync-url`): read by the page's script, not the server.",
          schema: { type: 'string' },
        })),
      ],
      responses: {
        '200': { description: 'HTML.', content: { 'text/html': { schema: { type: 'string' } } } },
        '304': { $ref: '#/components/responses/NotModified' },
        '400': problemResponse(
          '`lang` other than `id` or `en`, or given twice (other parameters are ignored).',
        ),
        '405': problemResponse(ERROR_DESCRIPTIONS[405]!),
      },
    },
  });
  paths['/demo/'] = demoPage(
    'getRegencyDemo',
    'The demo regency site',
    "Kota Bandung's digital-services page as a regency would build it: `<spbe-service-finder>`, three `<spbe-agreement-badge>`s and a request form with cascading `<spbe-region-select>`s, all through the pinned drop-in with its SRI hash, under a strict Content-Security-Policy with Trusted Types. `/demo` redirects here (308).",
    ['q', 'sector', 'audience'],
  );
  paths['/demo'] = {
    get: {
      operationId: 'redirectRegencyDemo',
      tags: ['meta'],
      summary: 'The demo regency site, without the slash',
      description: 'Redirects to `/demo/`, keeping the query string.',
      responses: {
        '308': { description: 'To `/demo/`.' },
        '405': problemResponse(ERROR_DESCRIPTIONS[405]!),
      },
    },
  };
  paths['/demo/demo.js'] = {
    get: {
      operationId: 'getDemoScript',
      tags: ['meta'],
      summary: "The demo form's script",
      description:
        "Chains the demo form's region selects and shows what the form would send. A file, as the page's CSP allows no inline script.",
      responses: {
        '200': {
          description: 'JavaScript.',
          content: { 'text/javascript': { schema: { type: 'string' } } },
        },
        '304': { $ref: '#/components/responses/NotModified' },
        '400': problemResponse('A query string (none is taken).'),
        '405': problemResponse(ERROR_DESCRIPTIONS[405]!),
      },
    },
  };
  paths['/demo/provinsi/'] = demoPage(
    'getProvinceDemo',
    "The province's demo page",
    "Where every regency of West Java stands, as the province's own site would show it: `<spbe-agreement-overview>` through the pinned drop-in, under a strict Content-Security-Policy with Trusted Types. `/demo/provinsi` redirects here (308).",
  );
  paths['/demo/provinsi'] = {
    get: {
      operationId: 'redirectProvinceDemo',
      tags: ['meta'],
      summary: "The province's demo page, without the slash",
      description: 'Redirects to `/demo/provinsi/`, keeping the query string.',
      responses: {
        '308': { description: 'To `/demo/provinsi/`.' },
        '405': problemResponse(ERROR_DESCRIPTIONS[405]!),
      },
    },
  };
  paths['/favicon.svg'] = {
    get: {
      operationId: 'getIcon',
      tags: ['meta'],
      summary: "The pages' icon",
      description: 'An SVG icon for the home and demo pages.',
      responses: {
        '200': {
          description: 'SVG.',
          content: { 'image/svg+xml': { schema: { type: 'string' } } },
        },
        '304': { $ref: '#/components/responses/NotModified' },
        '405': problemResponse(ERROR_DESCRIPTIONS[405]!),
      },
    },
  };

  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'SPBE Jawa Barat — reference API',
      version,
      summary: "West Java's shared e-government (SPBE) services, agreements and regions.",
      description:
        'Read-only, public, CORS-enabled for any origin. Errors are RFC 9457 problem details with a request id. Every GET has a strong ETag and answers If-None-Match with 304. The service catalog and agreements are a SAMPLE assembled from public reporting, not an official register. Region data: idn-area-data (fityannugroho), based on Kemendagri sources, ODbL 1.0.',
      license: { name: 'MIT (code); ODbL-1.0 (region data)', identifier: 'MIT' },
    },
    // Relative to this document (…/v1/openapi.json): the server's root, under a path prefix too.
    servers: [{ url: '..', description: 'This server' }],
    tags: [
      {
        name: 'regions',
        description: 'Kemendagri regions: provinces, regencies, districts, villages.',
      },
      { name: 'services', description: 'The SPBE service catalog.' },
      { name: 'agreements', description: 'Cooperation agreements (PKS) and their status.' },
      {
        name: 'meta',
        description: 'This document, the drop-in assets, the home page and the demo pages.',
      },
    ],
    paths,
    components: {
      schemas: componentSchemas(),
      headers: {
        ETag: {
          description: 'Strong validator of the representation.',
          schema: { type: 'string' },
        },
        'X-Request-Id': {
          description: 'Identifies this exchange in the server logs; also in every problem body.',
          schema: { type: 'string' },
        },
      },
      parameters: {
        'If-None-Match': {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'An ETag from an earlier answer: a 304 comes back when it still matches.',
          schema: { type: 'string' },
        },
      },
      responses: {
        NotModified: {
          description: 'Not modified: the copy you have (If-None-Match) is current.',
          headers: {
            ETag: { $ref: '#/components/headers/ETag' },
            'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' },
          },
        },
      },
    },
  };
}
