// Every symbol @spbe/sdk/search exports has a doc comment with an @example
// (constants, in SCREAMING_CASE, the doc comment only), as ../docs.test.ts
// asks of the main entry: editors show them, and the README points to them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';

const here = import.meta.dirname;
const CONSTANT = /^[A-Z][A-Z0-9_]*$/;

it('every symbol the search subpath exports is documented, with an @example unless a constant', () => {
  const exported = [
    ...readFileSync(join(here, 'index.ts'), 'utf8').matchAll(/export (?:type )?\{([^}]*)\}/g),
  ].flatMap(([, list = '']) =>
    list
      .split(',')
      .map((name) => name.replace(/^\s*type\s+/, '').trim())
      .filter(Boolean),
  );
  const docs = new Map<string, string>();
  for (const file of readdirSync(here)) {
    if (!file.endsWith('.ts') || file.includes('.test.')) continue;
    const text = readFileSync(join(here, file), 'utf8');
    for (const match of text.matchAll(
      /^export (?:const|function|class|interface|type) ([A-Za-z_]\w*)/gm,
    )) {
      const before = text.slice(0, match.index).trimEnd();
      docs.set(
        match[1] ?? '',
        before.endsWith('*/') ? before.slice(before.lastIndexOf('/**')) : '',
      );
    }
  }
  assert.ok(exported.length >= 13, `found ${exported.length} exports`);
  assert.deepEqual(
    exported.filter((name) => !docs.get(name)?.includes(CONSTANT.test(name) ? '/**' : '@example')),
    [],
  );
});
