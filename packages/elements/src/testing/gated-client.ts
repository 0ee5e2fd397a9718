/** Test helper (browser): a client on the reference API whose answers wait until `release()`. */
import { createClient, type SpbeClient } from '@spbe/sdk';
import { API_URL } from '/__spbe/env.js';

export function gatedClient(): { client: SpbeClient; release: () => void } {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => {
    release = r;
  });
  const client = createClient({
    baseUrl: API_URL,
    fetch: async (input, init) => {
      await gate;
      return fetch(input, init);
    },
  });
  return { client, release };
}
