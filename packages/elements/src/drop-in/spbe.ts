/**
 * The drop-in bundle's entry, `/cdn/spbe.js` (and, pinned,
 * `/cdn/spbe@<version>/spbe.js`): one `<script type="module">` for a page on
 * any origin. It defines no element itself; it watches the page and loads an
 * element's code the first time its tag appears, so a page with only a badge
 * never downloads the region search. Each file it loads is checked against
 * the Subresource Integrity hash the build wrote into this one, so pinning
 * this file with `integrity` pins everything it loads.
 *
 * Elements inside a shadow root are not seen by the page's observer: call
 * `load()` (every tag) or `load(['spbe-region-select'])` from a module that
 * imports this one.
 *
 * Built by rollup.config.mjs with .ci/drop-in.mjs, which fills in SPBE_MANIFEST,
 * SPBE_DIR and SPBE_VERSION below; not part of the npm package's entry points.
 */

interface Manifest {
  /** For each tag: the module that defines it, then every module it imports (each fetched once, in parallel, and checked). */
  tags: Record<string, string[]>;
  /** Each file's Subresource Integrity hash (`sha384-…`). */
  sri: Record<string, string>;
}

// Written by the build: the manifest as JSON text, where the files are from
// this module ('' in the pinned folder, 'spbe@<version>/' from /cdn/spbe.js),
// and the version.
declare const SPBE_MANIFEST: string;
declare const SPBE_DIR: string;
declare const SPBE_VERSION: string;

type Load = (tags?: string | Iterable<string>) => Promise<void>;

/** The provider's tag: loaded before the elements when both are on their way. */
const PROVIDER = 'spbe-provider';

// Two copies of this version on one page (say /cdn/spbe.js and the pinned
// URL): the second hands every call to the first, so nothing is watched or
// loaded twice.
const KEY = Symbol.for(`spbe-kit.drop-in@${SPBE_VERSION}`);
const page = globalThis as typeof globalThis & { [KEY]?: Load };

page[KEY] ??= start();

/**
 * Loads and defines the elements named (a tag, or several; every spbe-kit
 * element when none are), for pages that create them where the drop-in
 * cannot see them (a shadow root). Resolves once each is defined; rejects
 * with an Error naming the tags it knows for an unknown tag, or with why a
 * file could not load (a file that failed stays failed until the page is
 * loaded again: browsers keep a module's failure).
 */
export const load: Load = page[KEY];

function start(): Load {
  const { tags: files, sri } = JSON.parse(SPBE_MANIFEST) as Manifest;
  const tags = Object.keys(files);
  const known = (tag: string) => Object.hasOwn(files, tag);
  const selector = tags.join();
  const loading = new Map<string, Promise<void>>();
  const linked = new Set<string>();
  const url = (file: string) => new URL(SPBE_DIR + file, import.meta.url).href;

  const loadTag = (tag: string): Promise<void> => {
    let done = loading.get(tag);
    // Defined already (by another copy of spbe-kit, say): nothing to fetch.
    if (done === undefined && customElements.get(tag)) done = Promise.resolve();
    if (done === undefined) {
      const needed = files[tag]!;
      // Fetched once each, all at once, checked against its hash; the import
      // below then finds the checked module instead of fetching its own copy.
      for (const file of needed) {
        if (linked.has(file)) continue;
        linked.add(file);
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.href = url(file);
        link.integrity = sri[file]!;
        document.head.append(link);
      }
      const module = url(needed[0]!);
      // A provider on its way is defined first: an element defined before it
      // would make its first requests to the default API, not the provider's.
      // Waited for 3 s at most: a stalled provider must not hold every element
      // (one defined later still reaches the elements inside it).
      const provider = tag === PROVIDER ? undefined : loading.get(PROVIDER);
      done = (
        provider
          ? Promise.race([provider.catch(() => {}), new Promise((go) => setTimeout(go, 3000))])
          : Promise.resolve()
      )
        .then(() => import(/* @vite-ignore */ module))
        .then(
          () => undefined,
          (error: unknown) => {
            // Asked again, the files are preloaded (and checked) again.
            loading.delete(tag);
            for (const file of needed) linked.delete(file);
            throw new Error(`spbe-kit: <${tag}> could not be loaded from ${module}`, {
              cause: error,
            });
          },
        );
      loading.set(tag, done);
    }
    return done;
  };

  /** Loads `wanted` (known tags), the provider first. */
  const loadAll = (wanted: Iterable<string>): Promise<void>[] => {
    const list = [...new Set(wanted)].sort((a, b) => +(b === PROVIDER) - +(a === PROVIDER));
    return list.map(loadTag);
  };

  const report = (error: unknown) => console.error(error);

  const seen = (root: Document | Element): Set<string> => {
    const found = new Set<string>();
    if ('localName' in root && known(root.localName)) found.add(root.localName);
    for (const el of root.querySelectorAll(selector)) found.add(el.localName);
    return found;
  };

  const observer = new MutationObserver((records) => {
    // Every element on its way: nothing to look for (until a load fails).
    if (loading.size === tags.length) return;
    const found = new Set<string>();
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.nodeType === 1) for (const tag of seen(node as Element)) found.add(tag);
    for (const done of loadAll(found)) done.catch(report);
  });
  observer.observe(document, { childList: true, subtree: true });
  for (const done of loadAll(seen(document))) done.catch(report);

  return async (wanted = tags) => {
    const list = typeof wanted === 'string' ? [wanted] : [...wanted];
    const unknown = list.filter((tag) => !known(tag));
    if (unknown.length > 0) {
      throw new Error(
        `spbe-kit: no element ${unknown.map((tag) => `<${tag}>`).join(', ')}; the drop-in has ${tags.map((tag) => `<${tag}>`).join(', ')}.`,
      );
    }
    await Promise.all(loadAll(list));
  };
}
