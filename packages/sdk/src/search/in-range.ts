/**
 * Reads of the engine's arrays at indexes that are in range by construction:
 * a document, term or posting number below the array's length, or a bound
 * read from the index itself. `noUncheckedIndexedAccess` types every such read
 * as possibly `undefined`; the compiler cannot follow the construction, so
 * the assumption is made here, once per kind of array, rather than at every
 * read. The JIT inlines these; one per kind of typed array keeps each one's
 * reads monomorphic, which the hot loops rely on.
 */

export const i32 = (array: Int32Array, i: number): number => array[i]!;
export const f64 = (array: Float64Array, i: number): number => array[i]!;
export const u8 = (array: Uint8Array, i: number): number => array[i]!;
/** An item of a plain array: the list an index was built from, the sorted terms, a forward index entry, a rank. */
export const nth = <T>(list: readonly T[], i: number): T => list[i]!;
