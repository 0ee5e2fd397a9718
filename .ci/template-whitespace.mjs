// A Rollup plugin for the elements' sources: in Lit's `html`, `svg` and `css`
// tagged templates, the indentation around line breaks goes (each line break
// stays, so line numbers and source maps hold). Markup and styles render the
// same (HTML and CSS collapse whitespace runs anyway; the elements use no
// `white-space: pre` text), and the indentation that keeps templates readable
// in the source is not shipped: bundlers minify code, never the text of
// template literals. Template literals not tagged so (messages, URLs) are
// left alone.
import { parseAst } from 'rollup/parseAst';

const TAGS = new Set(['html', 'svg', 'css']);
const INDENTED_LINE_BREAK = /[ \t]*\n[ \t]*/g;

/** Every `[start, end)` of the literal text of a tagged template in `node` (an ESTree AST). */
function* templateTexts(node) {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* templateTexts(child);
    return;
  }
  if (
    node.type === 'TaggedTemplateExpression' &&
    node.tag.type === 'Identifier' &&
    TAGS.has(node.tag.name)
  ) {
    for (const quasi of node.quasi.quasis) yield [quasi.start, quasi.end];
  }
  for (const key in node) if (key !== 'type') yield* templateTexts(node[key]);
}

/**
 * `code` (JavaScript) with the indentation in its tagged templates removed,
 * or `code` itself when there is nothing to remove. `parse` makes the ESTree
 * AST (a plugin passes Rollup's own, `this.parse`).
 */
export function collapseTemplateWhitespace(code, parse = parseAst) {
  const spans = [...templateTexts(parse(code))].sort((a, b) => a[0] - b[0]);
  if (spans.length === 0) return code;
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    out += code.slice(at, start) + code.slice(start, end).replace(INDENTED_LINE_BREAK, '\n');
    at = end;
  }
  return out + code.slice(at);
}

/**
 * The plugin, for the sources of packages/elements (tests excluded). It
 * reads JavaScript: list it after the plugin that compiles TypeScript.
 */
export function templateWhitespace() {
  return {
    name: 'template-whitespace',
    transform(code, id) {
      if (!/[/\\]packages[/\\]elements[/\\]src[/\\].*\.ts$/.test(id) || id.endsWith('.test.ts'))
        return null;
      const collapsed = collapseTemplateWhitespace(code, (text) => this.parse(text));
      // Lines stay where they were: the incoming source map still holds.
      return collapsed === code ? null : { code: collapsed, map: null };
    },
  };
}
