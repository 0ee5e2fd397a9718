// Writes the elements' types for React's JSX and Vue's templates from
// custom-elements.json (run by `npm run build:manifest`, after tsc wrote
// dist/types): every tag with the properties a host may set, the attributes
// whose names differ from them, and an event prop per event the element fires.
// The property types come from the element classes themselves, so they never
// drift from the code; the event types from the `@fires {Type}` JSDoc.
//
//   dist/types/react-jsx.d.ts  →  @spbe/elements/react-jsx
//   dist/types/vue.d.ts        →  @spbe/elements/vue
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_DIR, readElements, settableFields } from './manifest.mjs';

const OUT = join(PACKAGE_DIR, 'dist', 'types');
const elements = readElements();

// Types an event names: those the package's index exports are imported; any
// other name (Event, MouseEvent, Readonly…) is left to the DOM's and
// TypeScript's globals (the fixtures' type checks catch a name that is neither).
const exported = new Set(
  [
    ...readFileSync(join(PACKAGE_DIR, 'src', 'index.ts'), 'utf8').matchAll(
      /export (?:type )?\{([^}]*)\}/g,
    ),
  ]
    .flatMap((match) => match[1].split(','))
    .map((name) =>
      name
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop(),
    )
    .filter(Boolean),
);

const imports = new Set(elements.map((element) => element.name));
for (const element of elements) {
  for (const event of element.events ?? []) {
    for (const [name] of (event.type?.text ?? 'Event').matchAll(/\b[A-Z]\w*/g)) {
      if (exported.has(name)) imports.add(name);
    }
  }
}

const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const doc = (text, indent) =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim()} */\n` : '';
const union = (names) => (names.length > 0 ? names.map((n) => `'${n}'`).join(' | ') : 'never');
const eventType = (event) => event.type?.text ?? 'Event';
/** Vue's name for a listener prop: `spbe-search` → `onSpbeSearch`. */
const vueHandler = (name) =>
  `on${name.replace(/(?:^|-)(\w)/g, (_, letter) => letter.toUpperCase())}`;

const header = (
  what,
) => `// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.
// ${what}
import type { ${[...imports].sort().join(', ')} } from './index.js';
`;

function reactElement(element) {
  const fields = settableFields(element);
  // Attributes named differently from their property (base-url → baseUrl):
  // React 19 sets these as attributes, typed as their property is.
  const renamed = (element.attributes ?? []).filter(
    (attribute) => attribute.fieldName && attribute.fieldName !== attribute.name,
  );
  const lines = [
    ...renamed.map(
      (attribute) =>
        `${doc(attribute.description, '        ')}        ${quote(attribute.name)}?: ${element.name}['${attribute.fieldName}'];`,
    ),
    ...(element.events ?? []).map(
      (event) =>
        `${doc(event.description, '        ')}        ${quote(`on${event.name}`)}?: (event: ${eventType(event)}) => void;`,
    ),
  ];
  return `${doc(element.summary, '      ')}      '${element.tagName}': SpbeJsxProps<${element.name}, ${union(fields)}> & {\n${lines.join('\n')}\n      };`;
}

function vueElement(element) {
  const fields = settableFields(element);
  const events = (element.events ?? []).map(
    (event) =>
      `${doc(event.description, '        ')}        ${vueHandler(event.name)}?: (event: ${eventType(event)}) => void;`,
  );
  const props = `SpbeVueProps<${element.name}, ${union(fields)}>`;
  return `${doc(element.summary, '    ')}    '${element.tagName}': DefineComponent<${events.length > 0 ? `\n      ${props} & {\n${events.join('\n')}\n      }\n    ` : props}>;`;
}

const react = `${header(`React 19's JSX: \`import type {} from '@spbe/elements/react-jsx';\` once in an app.
// React 19 sets a prop as a property when the element has one (client, baseUrl,
// value) and as an attribute otherwise; \`on<event>\` props (onspbe-search,
// onchange) listen for the element's own events, named exactly. When React
// renders on the server, it writes props as attributes under the names written:
// give strings, numbers and booleans by attribute name (page-size, sync-url).`)}import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type SpbeJsxProps<E, K extends keyof E> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, K> &
  Partial<Pick<E, K>>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map(reactElement).join('\n')}
    }
  }
}
`;

const vue = `${header(`Vue 3's templates (vue-tsc, Volar): \`import type {} from '@spbe/elements/vue';\` once in an app,
// with \`compilerOptions.isCustomElement: (tag) => tag.startsWith('spbe-')\` in the Vue plugin.
// Vue sets a prop as a property only when the element has one by the name
// written: bind non-strings by the property's name (:syncUrl, :pageSize), as
// :sync-url="false" sets the attribute sync-url="false", which is on.`)}import type { DefineComponent, HTMLAttributes } from 'vue';

type SpbeVueProps<E, K extends keyof E> = Omit<HTMLAttributes, K> & Partial<Pick<E, K>>;

declare module 'vue' {
  interface GlobalComponents {
${elements.map(vueElement).join('\n')}
  }
}
`;

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'react-jsx.d.ts'), react);
writeFileSync(join(OUT, 'vue.d.ts'), vue);
