/**
 * The numbers the hot loops carry. Named here, as `as const` objects that the
 * minifier folds back into plain numbers (the search subpath has a size
 * budget, and tiny functions would ship as calls).
 *
 * A term's code in a document packs two facts into one integer, so that the
 * build keeps a document's best occurrence of a term with one comparison: the
 * field's weight (a whole number), shifted up one bit, plus `inName` when the
 * field is the name. A larger code is a better occurrence: a heavier field
 * first, then, at equal weight, the name.
 */

/** The bit layout of a term's code: `code & inName`, `code >> weightShift` (the weight). */
export const CODE = { inName: 1, weightShift: 1 } as const;

/** The bits of a match's flags: a unit's best match in a document was in the name, or needed a typo. */
export const MATCH = { inName: 1, typo: 2 } as const;

/**
 * `tier`: a step of rank larger than any score, so ranks compare by tier
 * first (typo-free before typo matches; for services, the number of words
 * matched without a typo), then by score.
 */
export const SCALE = { tier: 1000 } as const;
