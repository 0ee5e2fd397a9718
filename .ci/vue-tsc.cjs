// Runs vue-tsc (which needs TypeScript's JS API) with TypeScript 6, installed
// as `typescript-6`: the workspace's `typescript` is 7, which has no JS API.
// Usage: node .ci/vue-tsc.cjs -p examples/vue/tsconfig.json
const Module = require('node:module');

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const renamed = /^typescript(\/|$)/.test(request)
    ? request.replace(/^typescript/, 'typescript-6')
    : request;
  return resolve.call(this, renamed, ...rest);
};
require('vue-tsc').run();
