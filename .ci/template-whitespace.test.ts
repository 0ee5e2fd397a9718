// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the inputs are JavaScript source text, placeholders included
// The template-whitespace plugin: indentation goes from Lit's html/svg/css
// templates only, line breaks stay, and everything else is left as written.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { collapseTemplateWhitespace } from './template-whitespace.mjs';

it('removes the indentation around line breaks in html, svg and css templates', () => {
  const code = [
    'const a = html`<div class="x">',
    '    <span>${name}</span>   ',
    '  </div>`;',
    'const b = css`',
    '  :host {',
    '    display: block;',
    '  }',
    '`;',
    'const c = svg`<g>',
    '  <path d="m0 0"></path>',
    '</g>`;',
  ].join('\n');
  assert.equal(
    collapseTemplateWhitespace(code),
    [
      'const a = html`<div class="x">',
      '<span>${name}</span>',
      '</div>`;',
      'const b = css`',
      ':host {',
      'display: block;',
      '}',
      '`;',
      'const c = svg`<g>',
      '<path d="m0 0"></path>',
      '</g>`;',
    ].join('\n'),
  );
});

it('reaches templates nested in expressions, and leaves the expressions alone', () => {
  const code = [
    'html`<ul>',
    '  ${items.map((i) => html`<li>',
    '    ${i.name + `  two   spaces`}',
    '  </li>`)}',
    '</ul>`',
  ].join('\n');
  assert.equal(
    collapseTemplateWhitespace(code),
    [
      'html`<ul>',
      '${items.map((i) => html`<li>',
      '${i.name + `  two   spaces`}',
      '</li>`)}',
      '</ul>`',
    ].join('\n'),
  );
});

it('keeps every line (source maps hold) and leaves other template literals as written', () => {
  const code = [
    'const message = `Data dari ${age};',
    '    server mati.`;',
    'const other = sql`select',
    '    1`;',
    'const t = html`  a  b  `;',
  ].join('\n');
  assert.equal(collapseTemplateWhitespace(code), code);
  const many = 'html`<a>\n\n\n    b</a>`';
  const out = collapseTemplateWhitespace(many);
  assert.equal(out.split('\n').length, many.split('\n').length);
  assert.equal(out, 'html`<a>\n\n\nb</a>`');
});
