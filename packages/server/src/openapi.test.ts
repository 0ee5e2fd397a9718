// The OpenAPI document: generated from the schemas, documents every route the
// app answers, and real responses validate against it (JSON Schema 2020-12).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { API_ROUTES } from './routes.js';
import { testApp } from './testing/server.js';

const app = testApp();
const doc = (await (await app.request('/v1/openapi.json')).json()) as {
  openapi: string;
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>
  >;
  components: { schemas: Record<string, unknown> };
};

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema({ $id: 'doc', components: doc.components });

function validatorFor(path: string, status = '200', type = 'application/json') {
  const schema = doc.paths[path]?.get?.responses[status]?.content?.[type]?.schema as {
    $ref?: string;
  };
  assert.ok(schema, `${path} documents a ${status} ${type} body`);
  const ref = schema.$ref ? { $ref: `doc${schema.$ref}` } : schema;
  return ajv.compile(ref);
}

// Example paths per documented route, to fetch real answers.
const EXAMPLES: Record<string, string[]> = {
  '/v1/regions': ['/v1/regions'],
  '/v1/regions/{code}': [
    '/v1/regions/32',
    '/v1/regions/32.73',
    '/v1/regions/32.73.01',
    '/v1/regions/32.73.01.1001',
  ],
  '/v1/regions/{code}/children': ['/v1/regions/32/children', '/v1/regions/32.73.01/children'],
  '/v1/regions/{code}/descendants': [
    '/v1/regions/32/descendants?level=village',
    '/v1/regions/32/descendants?level=regency',
    '/v1/regions/32.73/descendants?level=district',
    '/v1/regions/32.73.01/descendants?level=village',
  ],
  '/v1/regions/{code}/agreements': [
    '/v1/regions/32.73/agreements',
    '/v1/regions/32.07/agreements',
    '/v1/regions/32.05/agreements',
  ],
  '/v1/regions/{code}/agreement-overview': [
    '/v1/regions/32/agreement-overview',
    '/v1/regions/33/agreement-overview',
  ],
  '/v1/catalog': ['/v1/catalog'],
  '/v1/services': [
    '/v1/services',
    '/v1/services?q=ktp&pageSize=5',
    '/v1/services?audience=businesses',
  ],
  '/v1/services/{id}': ['/v1/services/sp4n-lapor', '/v1/services/pikobar'],
  '/v1/agreements': ['/v1/agreements?pageSize=100', '/v1/agreements?state=terminated'],
  '/v1/programs': ['/v1/programs'],
};

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 and itself valid JSON Schema for its components', () => {
    assert.equal(doc.openapi, '3.1.0');
    for (const [id, schema] of Object.entries(doc.components.schemas)) {
      assert.ok(ajv.validateSchema(schema as object), `component ${id}`);
    }
  });

  it('documents every route the app answers, and nothing it does not', () => {
    const fromApp = new Set(
      app.routes
        .filter((r) => r.method === 'GET' && r.path !== '*')
        .map((r) => r.path.replace(/:([A-Za-z]+)/g, '{$1}')),
    );
    assert.deepEqual(new Set(Object.keys(doc.paths)), fromApp);
    for (const route of API_ROUTES) {
      const op = doc.paths[route.path.replace(/:([A-Za-z]+)/g, '{$1}')]?.get;
      assert.ok(op, route.path);
      for (const status of ['200', '304', '405', ...route.errors.map(String)]) {
        assert.ok(op.responses[status], `${route.path} documents ${status}`);
      }
    }
  });

  it('documents every query parameter the routes take, and which are required', () => {
    type Parameter = { name: string; in: string; required: boolean; description: string };
    const query = (path: string) => {
      const op = doc.paths[path]?.get as unknown as { parameters: Parameter[] } | undefined;
      assert.ok(op, path);
      return op.parameters.filter((p) => p.in === 'query');
    };
    const services = query('/v1/services');
    assert.deepEqual(services.map((p) => p.name).sort(), [
      'audience',
      'page',
      'pageSize',
      'q',
      'region',
      'sector',
      'status',
      'type',
    ]);
    assert.ok(services.every((p) => !p.required && p.description !== ''));
    const [level, ...others] = query('/v1/regions/{code}/descendants');
    assert.deepEqual(others, []);
    assert.equal(level?.name, 'level');
    assert.equal(level?.required, true);
    assert.match(level?.description ?? '', /below the region's own/);
  });

  it('gives components the descriptions written for them', () => {
    const described = (id: string) =>
      (doc.components.schemas[id] as { description?: string }).description ?? '';
    assert.match(described('Region'), /`kind` is present for regencies/);
    assert.match(described('Problem'), /urn:spbe:problem:not-found/);
    assert.match(described('Descendants'), /`codes\[i\]` is named `names\[i\]`/);
    assert.match(described('AgreementOverview'), /Asia\/Jakarta `date`/);
  });

  it('documents the compact descendants answer as its own component', () => {
    const ok = doc.paths['/v1/regions/{code}/descendants']?.get?.responses['200'];
    assert.deepEqual(ok?.content?.['application/json']?.schema, {
      $ref: '#/components/schemas/Descendants',
    });
    const component = doc.components.schemas.Descendants as {
      required: string[];
      description: string;
    };
    assert.deepEqual(component.required.sort(), ['codes', 'level', 'names']);
    assert.match(component.description, /parentCode.*kind.*follow from its code/);
    const validate = validatorFor('/v1/regions/{code}/descendants');
    assert.equal(
      validate({ level: 'village', codes: ['32.73.01.1001'], names: ['Sukarasa'] }),
      true,
    );
    assert.equal(validate({ level: 'city', codes: [], names: [] }), false);
    assert.equal(validate({ level: 'village', codes: ['32-73'], names: ['x'] }), false);
    assert.equal(validate([{ code: '32.73', name: 'Kota Bandung' }]), false);
  });

  it('has real answers to check for every route', () => {
    assert.deepEqual(
      Object.keys(EXAMPLES).sort(),
      API_ROUTES.map((r) => r.path.replace(/:([A-Za-z]+)/g, '{$1}')).sort(),
    );
  });

  for (const [path, examples] of Object.entries(EXAMPLES)) {
    it(`real answers of ${path} validate against it`, async () => {
      const validate = validatorFor(path);
      for (const example of examples) {
        const res = await app.request(example);
        assert.equal(res.status, 200, example);
        const ok = validate(await res.json());
        assert.ok(ok, `${example}: ${ajv.errorsText(validate.errors)}`);
      }
    });
  }

  it('real problems validate against the Problem schema', async () => {
    const validate = validatorFor('/v1/regions/{code}', '400', 'application/problem+json');
    for (const example of [
      '/v1/regions/32-73',
      '/v1/services?page=0',
      '/v1/regions/32.98',
      '/v1/regions/32.73/agreement-overview',
    ]) {
      const res = await app.request(example);
      assert.ok(res.status >= 400 && res.status < 500);
      assert.ok(validate(await res.json()), `${example}: ${ajv.errorsText(validate.errors)}`);
    }
  });

  it('rejects a response that breaks the contract (the check has teeth)', () => {
    const validate = validatorFor('/v1/regions/{code}');
    assert.equal(
      validate({ code: 32.73, name: 'Kota Bandung', level: 'regency', parentCode: '32' }),
      false,
    );
    assert.equal(
      validate({ code: '32.73', name: 'Kota Bandung', level: 'city', parentCode: '32' }),
      false,
    );
  });

  it('rejects an agreement overview that breaks the contract', async () => {
    const validate = validatorFor('/v1/regions/{code}/agreement-overview');
    const good = await (await app.request('/v1/regions/32/agreement-overview')).json();
    assert.equal(validate(good), true);
    const { date: _date, ...undated } = good;
    assert.equal(validate(undated), false);
    assert.equal(validate({ ...good, date: '29/11/2026' }), false);
    const [first, ...others] = good.regencies;
    const unknownStatus = { ...first.agreements[0], status: 'lapsed' };
    assert.equal(
      validate({
        ...good,
        regencies: [{ ...first, agreements: [unknownStatus, ...first.agreements.slice(1)] }],
      }),
      false,
    );
    assert.equal(validate({ ...good, regencies: [{ region: first.region }, ...others] }), false);
  });
});
