// The README's install snippets are what the tested examples do: a code block
// after `<!-- from <path> -->` must have each of its lines in that file (the
// examples are built and run end to end in npm test).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const snippets = [...readme.matchAll(/<!-- from (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)].map(
  ([, path, code]) => ({ path: path!, code: code! }),
);

describe("README's snippets", () => {
  it('marks at least the script tag, React, React 18 and Vue snippets', () => {
    assert.ok(snippets.length >= 5, `${snippets.length} snippets marked`);
  });

  for (const { path, code } of snippets) {
    it(`${path} has every line of its README snippet`, () => {
      const lines = readFileSync(join(root, path), 'utf8')
        .split('\n')
        .map((line) => line.trim());
      for (const line of code.split('\n').map((l) => l.trim())) {
        if (line === '') continue;
        assert.ok(lines.includes(line), `${path} has no line \`${line}\``);
      }
    });
  }
});
