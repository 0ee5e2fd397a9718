// @spbe/elements/client.js: where the elements find the API, for a page or an
// app that bundles them. Unlike the package's index, it defines no element.
export { setDefaultClient } from './internal/client.js';
