import type { Plugin } from 'rollup';

/** `code` with the indentation in its `html`, `svg` and `css` tagged templates removed. */
export function collapseTemplateWhitespace(code: string, parse?: (code: string) => unknown): string;
/** The Rollup plugin, for packages/elements sources. */
export function templateWhitespace(): Plugin;
