import { createContext } from '@lit/context';
import type { SpbeClient } from '@spbe/sdk';

// A string key, not a symbol: two copies of spbe-kit on one page still find each other's provider.
/**
 * What a `<spbe-provider>` gives the elements inside it: the client for its
 * `base-url` (a function, which throws SpbeInputError when that URL is
 * refused, so each element can say so), or undefined without a `base-url`.
 */
export const clientContext = createContext<(() => SpbeClient) | undefined>('spbe-client');

/**
 * What a `<spbe-provider>` calls on each element inside it when it is
 * defined after them (the drop-in loads each element's code when its tag
 * appears, in any order): they asked for a provider before it could answer,
 * so they ask again. A shared symbol, as the context key is a string.
 */
export const ASK_PROVIDER = Symbol.for('spbe-ask');
