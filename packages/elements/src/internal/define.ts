import { VERSION } from './version.js';

/** What a defined spbe-kit element carries, so another copy can tell whose it is. */
type Versioned = CustomElementConstructor & { spbeVersion?: string };

/**
 * Defines `tag` unless it is defined already, so two plugins that each load
 * spbe-kit on one page do not break it: the same version is skipped quietly,
 * another version (or another library's element of that name) with a
 * warning. Never throws; does nothing outside a browser.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as Versioned | undefined;
  if (existing === undefined) {
    (element as Versioned).spbeVersion = VERSION;
    customElements.define(tag, element);
  } else if (existing.spbeVersion !== VERSION) {
    console.warn(
      `spbe-kit ${VERSION}: <${tag}> is already defined by ${
        existing.spbeVersion ? `spbe-kit ${existing.spbeVersion}` : 'another script'
      }; that definition is kept.`,
    );
  }
}
