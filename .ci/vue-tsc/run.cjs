// Runs vue-tsc with this folder's TypeScript 6 (vue-tsc needs TypeScript's JS
// API, which the workspace's TypeScript 7 lacks): every `require` of
// `typescript` or `typescript/…` resolves here, wherever npm put vue-tsc.
// Usage: node .ci/vue-tsc/run.cjs -p examples/vue/tsconfig.json
const Module = require('node:module');
const { dirname } = require('node:path');

const typescript = dirname(require.resolve('typescript/package.json', { paths: [__dirname] }));
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const mapped = /^typescript(\/|$)/.test(request)
    ? request.replace(/^typescript/, typescript)
    : request;
  return resolve.call(this, mapped, ...rest);
};
const version = require('typescript').version;
if (!version.startsWith('6.')) throw new Error(`vue-tsc needs TypeScript 6 here, not ${version}`);
require(require.resolve('vue-tsc', { paths: [__dirname] })).run();
