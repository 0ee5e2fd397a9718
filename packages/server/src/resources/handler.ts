/**
 * What a resource module provides: one handler per operation of the route
 * table. The types make a missing, misspelt or extra handler a compile error,
 * not a surprise at start-up.
 */
import type { Context } from 'hono';
import type { Dataset } from '../dataset.js';
import type { Answers } from '../http/answers.js';
import type { Env } from '../http/middleware.js';
import type { Representation } from '../http/representation.js';
import type { OperationId, OperationsOf, RouteSpec } from '../routes.js';

/**
 * Answers one operation, or throws a problem. `url` is the parsed request URL
 * (the app has already refused a query on routes that take none).
 */
export type Handler = (c: Context<Env>, url: URL) => Promise<Representation>;

/** Exactly one handler for each of `Ids`. */
export type Handlers<Ids extends OperationId = OperationId> = { [K in Ids]: Handler };

/** The handlers of the operations one tag files, e.g. `HandlersOf<'regions'>`. */
export type HandlersOf<Tag extends RouteSpec['tag']> = Handlers<OperationsOf<Tag>>;

/** What every resource reads: the data, the clock, and where answers are kept. */
export interface ResourceContext {
  dataset: Dataset;
  now: () => Date;
  answers: Answers;
}
