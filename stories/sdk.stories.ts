import { agreementStatus, isSpbeError, type SpbeClient, SpbeError } from '@spbe/sdk';
import { createServiceIndex } from '@spbe/sdk/search';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { type Behaviour, sampleClient } from './sample-api.js';

/** One runnable example: the code shown, and what runs when the button is pressed. */
interface Example {
  code: string;
  run: (spbe: SpbeClient) => Promise<unknown>;
  /** How the sample API behaves for this example. */
  api?: Behaviour;
}

/**
 * A panel with the example's code, a Run button and the output. It runs on the
 * stories' sample API: a real `createClient` whose `fetch` answers from the
 * dataset (no server), so what you see is what the SDK returns.
 */
function panel(example: Example) {
  const output = document.createElement('output');
  output.className = 'sdk-output';
  output.textContent = 'Press "Run" to see what it returns.';
  const run = async () => {
    output.textContent = 'Running…';
    try {
      const value = await example.run(sampleClient(example.api ?? 'ok'));
      output.textContent = JSON.stringify(value, null, 2);
    } catch (error) {
      // Every failure is an SpbeError subclass: show what a caller can read from it.
      output.textContent = isSpbeError(error)
        ? `${(error as SpbeError).name}: ${(error as SpbeError).message}\n` +
          `instanceof SpbeError: ${error instanceof SpbeError}\n` +
          JSON.stringify(error, ['status', 'problem', 'title', 'detail', 'path', 'reason'], 2)
        : `Unexpected: ${String(error)}`;
    }
  };
  return html`<style>
      .sdk { font: 0.9rem/1.5 system-ui, sans-serif; max-width: 48rem; }
      .sdk pre, .sdk output { display: block; margin: 0.5rem 0; padding: 0.75rem; border: 1px solid #8a939e;
        border-radius: 0.375rem; background: #f6f8fa; color: #1b1f24; font: 0.85rem/1.45 ui-monospace, monospace;
        white-space: pre-wrap; overflow-wrap: anywhere; max-height: 20rem; overflow: auto; }
      .sdk button { font: inherit; min-height: 2rem; padding: 0.25rem 1rem; color: #fff; background: #0b5cad;
        border: 0; border-radius: 0.375rem; cursor: pointer; }
      .sdk button:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
    </style>
    <div class="sdk">
      <pre><code>${example.code}</code></pre>
      <button type="button" @click=${run}>Run</button>
      ${output}
    </div>`;
}

const meta: Meta = {
  title: 'SDK',
  // Runs the example once when the story opens (the docs page waits for a click).
  play: async ({ canvasElement }) => {
    const output = canvasElement.querySelector('output');
    canvasElement.querySelector('button')?.click();
    for (let i = 0; i < 500 && output?.textContent?.startsWith('Running'); i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
  },
};
export default meta;

type Story = StoryObj;

export const Children: Story = {
  render: () =>
    panel({
      code: `const spbe = createClient({ baseUrl: 'https://data.jabarprov.go.id/spbe' });
const regencies = await spbe.regions.children('32'); // West Java's 27 regencies and cities
regencies.slice(0, 3).map((r) => [r.code, r.name, r.kind]);`,
      run: async (spbe) =>
        (await spbe.regions.children('32')).slice(0, 3).map((r) => [r.code, r.name, r.kind]),
    }),
};

export const Agreements: Story = {
  render: () =>
    panel({
      code: `// Kota Bandung: one entry per program, the status already derived.
const entries = await spbe.regions.agreements('32.73');
entries.map(({ program, status, daysLeft }) => ({ program, status, daysLeft }));`,
      run: async (spbe) =>
        (await spbe.regions.agreements('32.73')).map(({ program, status, daysLeft }) => ({
          program,
          status,
          daysLeft,
        })),
    }),
};

export const Status: Story = {
  render: () =>
    panel({
      code: `import { agreementStatus } from '@spbe/sdk';
const pks = { state: 'signed', validFrom: '2022-01-10', validUntil: '2027-01-09' };
[
  agreementStatus(pks, '2026-06-01T12:00:00+07:00'), // more than 90 days left
  agreementStatus(pks, '2026-11-29T12:00:00+07:00'), // 41 days left
  agreementStatus(pks, '2027-01-10T00:30:00+07:00'), // the day after validUntil, in Jakarta
];`,
      run: async () => {
        const pks = { state: 'signed', validFrom: '2022-01-10', validUntil: '2027-01-09' } as const;
        return [
          agreementStatus(pks, '2026-06-01T12:00:00+07:00'),
          agreementStatus(pks, '2026-11-29T12:00:00+07:00'),
          agreementStatus(pks, '2027-01-10T00:30:00+07:00'),
        ];
      },
    }),
};

export const Search: Story = {
  render: () =>
    panel({
      code: `import { createServiceIndex } from '@spbe/sdk/search';
const { items } = await spbe.catalog();      // the whole catalog, once
const index = createServiceIndex(items);     // searched in the page, no request per keystroke
index.search('bikin ktp', { limit: 3 }).map((hit) => [hit.item.name, hit.score.toFixed(2), hit.ranges]);`,
      run: async (spbe) => {
        const { items } = await spbe.catalog();
        return createServiceIndex(items)
          .search('bikin ktp', { limit: 3 })
          .map((hit) => [hit.item.name, hit.score.toFixed(2), hit.ranges]);
      },
    }),
};

export const HttpError: Story = {
  render: () =>
    panel({
      api: 'down',
      code: `// The API answers 503 (here: the sample API set to "down").
try {
  await spbe.regions.get('32.73');
} catch (error) {
  if (error instanceof SpbeHttpError) console.log(error.status, error.problem);
}`,
      run: (spbe) => spbe.regions.get('32.73'),
    }),
};

export const InputError: Story = {
  render: () =>
    panel({
      code: `// A malformed code is refused before any request is made.
await spbe.regions.get('32-73'); // throws SpbeInputError`,
      run: (spbe) => spbe.regions.get('32-73'),
    }),
};

export const ResponseError: Story = {
  render: () =>
    panel({
      api: 'broken',
      code: `// The answer breaks the contract (here: the sample API set to "broken"):
// SpbeResponseError says where, instead of handing on bad data.
await spbe.regions.agreements('32.73');`,
      run: (spbe) => spbe.regions.agreements('32.73'),
    }),
};
