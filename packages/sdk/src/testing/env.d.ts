// Types of the module web-test-runner serves to browser tests as
// `/__spbe/env.js` (see web-test-runner.config.mjs; tsconfig maps the path here).

/** The reference API, on another origin than the test page. */
export declare const API_URL: string;
/** The fault-injecting server (packages/sdk/src/testing/fault-server.ts), on a third origin. */
export declare const FAULT_URL: string;
