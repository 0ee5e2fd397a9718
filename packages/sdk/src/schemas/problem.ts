import * as z from 'zod/mini';

/**
 * One field-level complaint inside a problem: where, and what is wrong.
 *
 * @example
 * ProblemErrorSchema.parse({ path: 'query.page', message: 'must be 1 or more' });
 */
export const ProblemErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
});

/**
 * An RFC 9457 problem details object (`application/problem+json`), as every
 * API error is answered. Extension members are kept. The API always sends
 * `type`, `title`, `status` and `requestId`; `detail` says what to do about it.
 *
 * @example
 * const problem = ProblemSchema.safeParse(await response.json()).data;
 */
export const ProblemSchema = z.looseObject({
  // A function, not the value: zod clones a plain default on every use, and
  // its clone helper would ship in every bundle for a string that needs none.
  type: z._default(z.string(), () => 'about:blank'),
  title: z.string(),
  status: z.int().check(z.gte(100), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  requestId: z.optional(z.string()),
  errors: z.optional(z.array(ProblemErrorSchema)),
});

/**
 * A problem details body.
 *
 * @example
 * if (isSpbeHttpError(error)) console.log((error.problem as Problem | undefined)?.detail);
 */
export type Problem = z.infer<typeof ProblemSchema>;
