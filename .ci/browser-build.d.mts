import type { OutputPlugin, Plugin } from 'rollup';

/** Resolve (workspace packages from source, browser builds of dependencies), compile, and strip template indentation. */
export function browserPlugins(): Plugin[];
/** The output minifier. */
export function minify(): OutputPlugin;
