// Types of the module web-test-runner serves to browser tests as
// `/__spbe/env.js` (see web-test-runner.config.mjs; tsconfig maps the path here).

/** The reference API, on another origin than the test page. */
export declare const API_URL: string;
/** The fault-injecting server (packages/sdk/src/testing/fault-server.ts), on a third origin. */
export declare const FAULT_URL: string;
/**
 * The fuzz settings of this run (`SPBE_FUZZ_SCALE`, `SPBE_FUZZ_SEED`; empty when
 * unset). Importing the module also puts them where testing/fuzz.ts reads them.
 */
export declare const FUZZ: { SPBE_FUZZ_SCALE: string; SPBE_FUZZ_SEED: string };
