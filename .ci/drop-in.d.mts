import type { RollupOptions } from 'rollup';

/** The pinned folder's name (`spbe@<version>`). */
export const PINNED: string;
/** packages/elements/dist/cdn */
export const CDN_DIR: string;
/** Each tag and the module (under packages/elements/src/) that defines it. */
export const DROP_IN_TAGS: Record<string, string>;
/** The Rollup options of the drop-in build. */
export function dropInBuild(): RollupOptions;
