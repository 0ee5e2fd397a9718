/**
 * What no route answers: OPTIONS (CORS preflights) on a served path, 405 for
 * any other method there, and 404 everywhere else, with a hint when only a
 * trailing slash is in the way.
 */
import type { Hono } from 'hono';
import { pathPattern } from '../routes.js';
import { ALLOW, PREFLIGHT_HEADERS } from './headers.js';
import type { Env } from './middleware.js';
import { methodNotAllowed, type ProblemError, pathNotFound } from './problem.js';

/**
 * Adds the fallback routes. Call it last: the paths it treats as served are
 * those `app` answers GET on at that moment.
 */
export function addFallback(app: Hono<Env>): void {
  const served = app.routes.filter((r) => r.method === 'GET').map((r) => pathPattern(r.path));
  const isServed = (path: string) => served.some((p) => p.test(path));

  const unknownPath = (path: string): ProblemError => {
    const trimmed = path.length > 1 && path.endsWith('/') ? path.replace(/\/+$/, '') : undefined;
    return pathNotFound(path, trimmed !== undefined && isServed(trimmed) ? trimmed : undefined);
  };

  app.options('*', (c) => {
    if (!isServed(c.req.path)) throw unknownPath(c.req.path);
    return new Response(null, { status: 204, headers: { allow: ALLOW, ...PREFLIGHT_HEADERS } });
  });

  app.all('*', (c) => {
    if (isServed(c.req.path)) throw methodNotAllowed(c.req.method);
    throw unknownPath(c.req.path);
  });
}
