// Property-based: whatever body, status and content type a server sends, every
// client method either returns data or throws an SpbeError — never a raw
// TypeError, SyntaxError or anything else.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isSpbeError } from '../errors/spbe-error.js';
import { createClient } from '../index.js';

type Call = (client: ReturnType<typeof createClient>) => Promise<unknown>;
const CALLS: Call[] = [
  (c) => c.regions.get('32'),
  (c) => c.regions.children('32'),
  (c) => c.regions.provinces(),
  (c) => c.regions.agreements('32.73'),
  (c) => c.regions.agreementOverview('32'),
  (c) => c.services.get('sp4n-lapor'),
  (c) => c.services.list({ q: 'ktp' }),
  (c) => c.catalog(),
  (c) => c.agreements.list({ region: '32.73' }),
  (c) => c.programs(),
];

function clientAnswering(
  status: number,
  body: string | Uint8Array<ArrayBuffer>,
  contentType: string | undefined,
) {
  return createClient({
    baseUrl: 'https://api.example.go.id',
    retry: 0,
    cache: false,
    fetch: async () =>
      new Response(status === 204 || status === 304 ? null : body, {
        status,
        headers: contentType === undefined ? {} : { 'content-type': contentType },
      }),
  });
}

async function outcome(
  call: Call,
  client: ReturnType<typeof createClient>,
): Promise<'data' | 'spbe-error'> {
  try {
    await call(client);
    return 'data';
  } catch (error) {
    if (isSpbeError(error)) return 'spbe-error';
    throw new Error(`a non-SPBE error escaped: ${String(error)}`, { cause: error });
  }
}

describe('client parsing never lets anything but an SpbeError out', () => {
  it('any JSON value as a 200 JSON body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.constantFrom(...CALLS), async (value, call) => {
        await outcome(call, clientAnswering(200, JSON.stringify(value), 'application/json'));
      }),
      { numRuns: 400 },
    );
  });

  it('any text, status and content type', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.json(), fc.constant('{"a":'), fc.constant('\uFEFF[]')),
        fc.constantFrom(200, 201, 204, 301, 304, 400, 404, 409, 418, 429, 500, 503),
        fc.option(
          fc.constantFrom(
            'application/json',
            'application/problem+json',
            'text/html',
            'text/plain',
            'application/vnd.x+json; charset=utf-8',
            '',
          ),
          { nil: undefined },
        ),
        fc.constantFrom(...CALLS),
        async (body, status, type, call) => {
          await outcome(call, clientAnswering(status, body, type));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('arbitrary bytes, including invalid UTF-8', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 256 }),
        fc.constantFrom(...CALLS),
        async (bytes, call) => {
          await outcome(call, clientAnswering(200, bytes, 'application/json'));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('valid data mutated at one place: data or a schema error naming a path', async () => {
    const region = {
      code: '32.73',
      name: 'Kota Bandung',
      level: 'regency',
      parentCode: '32',
      kind: 'kota',
    };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(region)),
        fc.jsonValue(),
        async (key, value) => {
          const client = clientAnswering(
            200,
            JSON.stringify({ ...region, [key]: value }),
            'application/json',
          );
          try {
            await client.regions.get('32.73');
          } catch (error) {
            assert.ok(isSpbeError(error));
            assert.equal((error as { reason?: string }).reason, 'schema');
            assert.match(
              String((error as { path?: string }).path),
              new RegExp(`^(${key}|level|parentCode|kind|code)?$`),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a fetch that throws anything at all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.constantFrom(...CALLS), async (thrown, call) => {
        const client = createClient({
          baseUrl: 'https://api.example.go.id',
          retry: 0,
          fetch: async () => {
            throw thrown;
          },
        });
        assert.equal(await outcome(call, client), 'spbe-error');
      }),
      { numRuns: 200 },
    );
  });
});
