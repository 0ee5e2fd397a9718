// The browser half of `npm run fuzz` (.ci/fuzz.mjs): web-test-runner.config.mjs
// over only the property test files it names (SPBE_FUZZ_FILES), without the
// per-test and per-run time limits, which `npm test`'s runs fit in but a run
// 100× longer does not (each property bounds its own runs where a hang is possible).
import base from '../web-test-runner.config.mjs';

export default {
  ...base,
  files: JSON.parse(process.env.SPBE_FUZZ_FILES ?? '[]'),
  testFramework: { config: { ...base.testFramework.config, timeout: 0 } },
  testsFinishTimeout: 24 * 60 * 60_000,
};
