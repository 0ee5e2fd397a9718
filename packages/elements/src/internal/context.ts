import { createContext } from '@lit/context';
import type { SpbeClient } from '@spbe/sdk';

// A string key, not a symbol: two copies of spbe-kit on one page still find each other's provider.
/**
 * What a `<spbe-provider>` gives the elements inside it: the client for its
 * `base-url` (a function, which throws SpbeInputError when that URL is
 * refused, so each element can say so), or undefined without a `base-url`.
 */
export const clientContext = createContext<(() => SpbeClient) | undefined>('spbe-client');
