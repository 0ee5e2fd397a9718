// Every symbol @spbe/sdk and @spbe/sdk/search export has a doc comment with an
// @example (they are what editors show and what the README points to). Constants named in
// SCREAMING_CASE need the doc comment only: an example of a plain value would
// only repeat it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';

const here = import.meta.dirname;

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'testing') yield* sources(path);
    } else if (
      entry.name.endsWith('.ts') &&
      !entry.name.includes('.test.') &&
      !entry.name.endsWith('.d.ts')
    ) {
      yield path;
    }
  }
}

const CONSTANT = /^[A-Z][A-Z0-9_]*$/;

it('every exported symbol is documented, with an @example unless it is a constant', () => {
  const index = ['index.ts', 'search/index.ts']
    .map((entry) => readFileSync(join(here, entry), 'utf8'))
    .join('\n')
    .replace(/from '[^']*'/g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const exported = new Set(index.match(/\b[A-Za-z_]\w*\b/g));
  const undocumented: string[] = [];
  let found = 0;
  for (const file of sources(here)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(
      /^export (?:async )?(?:const|function\*?|class|interface|type) ([A-Za-z_]\w*)/gm,
    )) {
      const name = match[1]!;
      if (!exported.has(name)) continue;
      found++;
      const before = text.slice(0, match.index).trimEnd();
      const doc = before.endsWith('*/') ? before.slice(before.lastIndexOf('/**')) : '';
      const needs = CONSTANT.test(name) ? '/**' : '@example';
      if (!doc.includes(needs)) undocumented.push(`${file.slice(here.length + 1)}: ${name}`);
    }
  }
  assert.ok(found > 60, `found ${found} exported declarations`);
  assert.deepEqual(undocumented, []);
});
