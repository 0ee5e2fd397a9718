// Writes vscode.html-custom-data.json from custom-elements.json (run by
// `npm run build:manifest`, after the analyzer): every tag with its summary
// and description, its attributes with theirs, and the values of those whose
// type is a union of string literals ('compact' | 'full'), so VS Code
// completes and explains the elements in HTML. Point VS Code at it with
// "html.customData": ["./node_modules/@spbe/elements/vscode.html-custom-data.json"].
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_DIR, readElements } from './manifest.mjs';

/** The string literals of a union type such as `'compact' | 'full'`, if it is one. */
function literals(type) {
  const parts = (type ?? '').split('|').map((part) => part.trim());
  const values = parts.filter((part) => /^'[^']*'$/.test(part)).map((part) => part.slice(1, -1));
  const rest = parts.filter((part) => !/^'[^']*'$/.test(part) && part !== 'undefined');
  return values.length > 0 && rest.length === 0 ? values.map((name) => ({ name })) : undefined;
}

const THEMES = [{ name: 'light' }, { name: 'dark' }];

// Attributes typed as strings in the manifest whose values are a fixed set
// (the elements' JSDoc names them); checked against the SDK by a test.
const KNOWN = {
  level: ['province', 'regency', 'district', 'village'],
  locale: ['id', 'en'],
  audience: ['citizens', 'civil-servants', 'businesses', 'governments'],
};
const text = (...parts) => parts.filter(Boolean).join('\n\n').trim();

const tags = readElements().map((element) => ({
  name: element.tagName,
  description: text(element.summary, element.description),
  attributes: (element.attributes ?? []).map((attribute) => ({
    name: attribute.name,
    description: text(attribute.description),
    ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
    ...((attribute.type?.text === 'Theme | undefined'
      ? { values: THEMES }
      : KNOWN[attribute.name]
        ? { values: KNOWN[attribute.name].map((name) => ({ name })) }
        : literals(attribute.type?.text) && { values: literals(attribute.type.text) }) ?? {}),
  })),
}));

writeFileSync(
  join(PACKAGE_DIR, 'vscode.html-custom-data.json'),
  `${JSON.stringify({ $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json', version: 1.1, tags }, null, 2)}\n`,
);
