// The generated service catalog that bench/search.bench.ts and
// bench/service-finder.bench.ts search: realistic vocabulary at a size the
// sample catalog does not reach.
import { openRegionStore, services as sampleServices } from '@spbe/data';
import type { Service } from '@spbe/sdk';

/** Services in the generated catalog. */
export const GENERATED_SIZE = 10_000;

/**
 * The sample services, then each re-issued by West Java's regencies with the
 * regency's name and a shuffled share of the catalog's own words, until there
 * are `size`. `rand` draws the regencies and words: the same numbers, the same
 * catalog.
 *
 * @example
 * const catalog = await generateCatalog(random(GENERATED_SIZE));
 */
export async function generateCatalog(
  rand: () => number,
  size = GENERATED_SIZE,
): Promise<Service[]> {
  const regencies = await openRegionStore().children('32');
  if (regencies === undefined) throw new Error('no regencies of 32 in the dataset');
  const vocabulary = sampleServices.flatMap((s) => s.summary.split(/\s+/));
  const generated: Service[] = [...sampleServices];
  for (let i = 0; generated.length < size; i++) {
    const base = sampleServices[i % sampleServices.length]!;
    const regency = regencies[Math.floor(rand() * regencies.length)]!;
    const extra = Array.from(
      { length: 12 },
      () => vocabulary[Math.floor(rand() * vocabulary.length)],
    ).join(' ');
    generated.push({
      ...base,
      id: `${base.id}-${i}`,
      name: `${base.name} ${regency.name.replace(/^(Kabupaten|Kota) /, '')}`,
      summary: `${base.summary} ${extra}`.slice(0, 600),
      availability: [regency.code],
      provider: { name: `Diskominfo ${regency.name}`, level: 'regency', regionCode: regency.code },
    });
  }
  return generated;
}
