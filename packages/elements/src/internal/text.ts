import { html, type TemplateResult } from 'lit';

/** A property as a trimmed string: scripts (and frameworks) may assign null, numbers… */
export const asText = (value: unknown): string => (value == null ? '' : String(value).trim());

/** `text` with the `ranges` (`[start, end)` offsets, in order) in `<mark>`; anything else stays text. */
export function marked(
  text: string,
  ranges: readonly (readonly [number, number])[],
): string | (string | TemplateResult)[] {
  if (ranges.length === 0) return text;
  const parts: (string | TemplateResult)[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    parts.push(text.slice(at, start), html`<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}
