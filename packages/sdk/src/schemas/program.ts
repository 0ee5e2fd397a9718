import * as z from 'zod/mini';
import { SlugSchema, text } from './common.js';

/**
 * A cooperation program that agreements belong to (e.g. `saber-hoaks`).
 *
 * @example
 * ProgramSchema.parse({ id: 'saber-hoaks', name: 'Jabar Saber Hoaks', nameEn: 'Jabar Saber Hoaks', description: '…' });
 */
export const ProgramSchema = z.object({
  id: SlugSchema,
  /** Indonesian name. */
  name: text(160),
  /** English name. */
  nameEn: text(160),
  description: text(1000),
});

/**
 * `GET /v1/programs`: every program, in display order.
 *
 * @example
 * const programs = ProgramListSchema.parse(body);
 */
export const ProgramListSchema = z.array(ProgramSchema);

/**
 * A program as returned by the API.
 *
 * @example
 * const programs: Program[] = await spbe.programs();
 */
export type Program = z.infer<typeof ProgramSchema>;
