import { ContextProvider } from '@lit/context';
import {
  css,
  html,
  LitElement,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { Theme } from '../internal/base.js';
import { clientFor } from '../internal/client.js';
import { ASK_PROVIDER, clientContext } from '../internal/context.js';

/**
 * Sets the API, the language and the theme once for every spbe-kit element
 * inside it; changing an attribute updates them all. Elements inside share one
 * client (one cache, one request for identical calls).
 *
 * @summary One API, language and theme for every spbe-kit element inside.
 * @tagname spbe-provider
 *
 * @slot - The elements, and any other content (laid out as if the provider were not there).
 *
 * @example
 * <spbe-provider base-url="https://data.jabarprov.go.id/spbe" locale="en">
 *   <spbe-agreement-badge region="32.73"></spbe-agreement-badge>
 * </spbe-provider>
 */
export class SpbeProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    baseUrl: { attribute: 'base-url' },
    locale: { reflect: true },
    theme: { reflect: true },
  };

  /** Where the SPBE API is mounted, without `/v1`. */
  baseUrl: string | undefined;

  /** The language of the elements inside (`id` or `en`), unless a nearer `lang` says otherwise. */
  locale: string | undefined;

  /** `light` or `dark` for the elements inside; unset follows the system. */
  theme: Theme | undefined;

  #context = new ContextProvider(this, { context: clientContext, initialValue: undefined });

  override connectedCallback(): void {
    super.connectedCallback();
    // Elements inside that were defined before this provider found nobody to
    // ask: they ask again, now that it answers (in open shadow roots too).
    const ask = (root: ParentNode) => {
      for (const el of root.querySelectorAll('*')) {
        (el as Partial<Record<typeof ASK_PROVIDER, () => void>>)[ASK_PROVIDER]?.();
        if (el.shadowRoot) ask(el.shadowRoot);
      }
    };
    ask(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('baseUrl')) {
      const url = this.baseUrl?.trim();
      this.#context.setValue(url ? () => clientFor(url) : undefined);
    }
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spbe-provider': SpbeProvider;
  }
}
