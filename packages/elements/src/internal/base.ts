import { ContextConsumer } from '@lit/context';
import type { SpbeClient } from '@spbe/sdk';
import { LitElement, type PropertyDeclarations } from 'lit';
import { clientFor, defaultClient } from './client.js';
import { ASK_PROVIDER, clientContext } from './context.js';
import { type Locale, localeOf } from './messages.js';

/** `light`, `dark`, or unset for the system's preference. */
export type Theme = 'light' | 'dark';

// One observer for the page: a `lang`, `locale` or `theme` attribute that changes
// anywhere re-renders every connected element (they are few).
const watching = new Set<LitElement>();
let observer: MutationObserver | undefined;
function watch(element: LitElement): void {
  watching.add(element);
  if (observer === undefined && typeof MutationObserver === 'function') {
    observer = new MutationObserver(() => {
      for (const el of watching) el.requestUpdate();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      subtree: true,
      attributeFilter: ['lang', 'locale', 'theme'],
    });
  }
}

/** The nearest element above `node` (crossing shadow roots) for which `pick` answers. */
function nearest<T>(node: Element, pick: (el: Element) => T | undefined): T | undefined {
  for (let el: Element | null = node; el; ) {
    const found = pick(el);
    if (found !== undefined) return found;
    el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  }
  return undefined;
}

/**
 * What every spbe-kit element shares: where its client comes from, its
 * language and its theme.
 */
export class SpbeElement extends LitElement {
  static override properties: PropertyDeclarations = {
    client: { attribute: false },
    baseUrl: { attribute: 'base-url' },
    theme: { reflect: true },
  };

  /** The SDK client to use; otherwise the nearest `<spbe-provider>`'s, else one for `base-url`, else the page default. */
  client: SpbeClient | undefined;

  /** Where the SPBE API is mounted, without `/v1` (e.g. `https://data.jabarprov.go.id/spbe`). */
  baseUrl: string | undefined;

  /** `light` or `dark`; unset follows the nearest spbe element that sets it, else the system. */
  theme: Theme | undefined;

  #provided: (() => SpbeClient) | undefined;

  #consumer = new ContextConsumer(this, {
    context: clientContext,
    subscribe: true,
    callback: (client) => {
      this.#provided = client;
      this.requestUpdate();
    },
  });

  /** @internal A provider defined after this element asks it to look again. */
  [ASK_PROVIDER](): void {
    this.#consumer.hostConnected();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watch(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watching.delete(this);
  }

  /**
   * The language: from the nearest `lang` attribute (or `<spbe-provider locale>`)
   * on the element or above it; Indonesian unless that says English.
   */
  get locale(): Locale {
    const tag = nearest(
      this,
      (el) =>
        el.getAttribute('lang') ??
        (el.localName === 'spbe-provider' ? (el.getAttribute('locale') ?? undefined) : undefined),
    );
    return localeOf(tag) ?? 'id';
  }

  /** The theme set on this element or the nearest spbe element above it, if any. */
  protected get scheme(): Theme | undefined {
    return nearest(this, (el) => {
      const theme = el.localName.startsWith('spbe-') ? el.getAttribute('theme') : null;
      return theme === 'light' || theme === 'dark' ? theme : undefined;
    });
  }

  /**
   * What identifies the client now, for a Loader's arguments: a new client
   * (or a newly refused `base-url`) reloads the element's data.
   */
  protected clientKey(): unknown {
    try {
      return this.resolveClient();
    } catch (error) {
      return String(error);
    }
  }

  /** The client to use now (throws SpbeInputError for a `base-url` the SDK refuses). */
  protected resolveClient(): SpbeClient {
    return (
      this.client ??
      this.#provided?.() ??
      (this.baseUrl ? clientFor(this.baseUrl) : defaultClient())
    );
  }
}
