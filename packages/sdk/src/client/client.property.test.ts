// Property-based: whatever body, status and content type a server sends, every
// client method either returns data or throws an SpbeError — never a raw
// TypeError, SyntaxError or anything else.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isSpbeError } from '../errors/spbe-error.js';
import { createClient } from '../index.js';
import { checkProperty } from '../testing/fuzz.js';

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

const region = {
  code: '32.73',
  name: 'Kota Bandung',
  level: 'regency',
  parentCode: '32',
  kind: 'kota',
};

async function anyJsonValueAs200(value: unknown, call: Call) {
  await outcome(call, clientAnswering(200, JSON.stringify(value), 'application/json'));
}

async function anyTextStatusAndType(
  body: string,
  status: number,
  type: string | undefined,
  call: Call,
) {
  await outcome(call, clientAnswering(status, body, type));
}

async function anyBytes(bytes: Uint8Array<ArrayBuffer>, call: Call) {
  await outcome(call, clientAnswering(200, bytes, 'application/json'));
}

async function oneFieldMutated(key: string, value: unknown) {
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
}

async function fetchThrowing(thrown: unknown, call: Call) {
  const client = createClient({
    baseUrl: 'https://api.example.go.id',
    retry: 0,
    fetch: async () => {
      throw thrown;
    },
  });
  assert.equal(await outcome(call, client), 'spbe-error');
}

describe('client parsing never lets anything but an SpbeError out', () => {
  it('any JSON value as a 200 JSON body', () =>
    checkProperty(
      'any JSON value as a 200 JSON body',
      [fc.jsonValue(), fc.constantFrom(...CALLS)],
      anyJsonValueAs200,
      { runs: 400 },
    ));

  it('any text, status and content type', () =>
    checkProperty(
      'any text, status and content type',
      [
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
      ],
      anyTextStatusAndType,
      { runs: 400 },
    ));

  it('arbitrary bytes, including invalid UTF-8', () =>
    checkProperty(
      'arbitrary bytes, including invalid UTF-8',
      [fc.uint8Array({ maxLength: 256 }), fc.constantFrom(...CALLS)],
      anyBytes,
      { runs: 200 },
    ));

  it('valid data mutated at one place: data or a schema error naming a path', () =>
    checkProperty(
      'valid data mutated at one place: data or a schema error naming a path',
      [fc.constantFrom(...Object.keys(region)), fc.jsonValue()],
      oneFieldMutated,
      { runs: 300 },
    ));

  it('a fetch that throws anything at all', () =>
    checkProperty(
      'a fetch that throws anything at all',
      [fc.anything(), fc.constantFrom(...CALLS)],
      fetchThrowing,
      { runs: 200 },
    ));
});
