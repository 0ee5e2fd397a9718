// The public surface of @spbe/server. Only re-exports live here.

export { type AppOptions, createApp, type SpbeApp } from './app.js';
export { type Dataset, defaultDataset } from './dataset.js';
export { buildOpenApi } from './openapi.js';
export { API_ROUTES, type RouteSpec } from './routes.js';
export { type RunningServer, type ServeOptions, startServer } from './serve.js';
