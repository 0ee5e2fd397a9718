import { createRequire } from 'node:module';

// Read at run time from the package's own package.json (a self-reference, so
// it resolves the same from src/ and from any file in dist/).
const pkg = createRequire(import.meta.url)('@spbe/server/package.json') as { version: string };

/** The version of @spbe/server, shown on the home page and in the OpenAPI document. */
export const SERVER_VERSION: string = pkg.version;
