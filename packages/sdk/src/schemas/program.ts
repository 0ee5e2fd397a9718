import * as z from 'zod/mini';
import { SlugSchema, text } from './common.js';

/** A cooperation program that agreements belong to (e.g. `saber-hoaks`). */
export const ProgramSchema = z.object({
  id: SlugSchema,
  /** Indonesian name. */
  name: text(160),
  /** English name. */
  nameEn: text(160),
  description: text(1000),
});

/** `GET /v1/programs`: every program, in display order. */
export const ProgramListSchema = z.array(ProgramSchema);

/** A program as returned by the API. */
export type Program = z.infer<typeof ProgramSchema>;
