/**
 * What a story tells the story check (`.ci/stories.test.ts`) about itself, in
 * `parameters.storyCheck`. By default the check waits until every spbe-*
 * element on the page has rendered and nothing is `aria-busy`, then checks
 * it; a story whose state depends on timing says what to wait for instead,
 * so the check never sleeps and never guesses.
 */
export interface StoryCheck {
  /**
   * What must each show, in order, before the story is checked: a CSS
   * selector, matched in the story or inside any one element's shadow root
   * (`.skeleton`, not `spbe-x .skeleton`), optionally with a text it must
   * contain. E.g. a loading skeleton, then the data.
   */
  waitFor?: readonly (string | { selector: string; text: string })[];
  /** The story stays loading on purpose: do not wait for `aria-busy` to clear. */
  busy?: boolean;
  /** The least number of spbe-* elements the story shows once ready (default 1 under Elements/). */
  elements?: number;
}

/**
 * `parameters` for a story named `ForcedColors`: a note for people. The story
 * check opens every story exported as `ForcedColors` with `forced-colors:
 * active` emulated.
 */
export const forcedColorsParameters = {
  docs: {
    description: {
      story:
        'Forced colours (Windows High Contrast and similar) cannot be switched on by a story: ' +
        'emulate it in Chromium DevTools (Rendering → "Emulate CSS media feature forced-colors: ' +
        'active"). The story check opens this story with it emulated.',
    },
  },
};

/** `parameters` for an offline story: checked once the stale-data note shows. */
export const offlineParameters = {
  storyCheck: {
    waitFor: [{ selector: '[part="message"]', text: 'server sedang tidak dapat dihubungi' }],
  } satisfies StoryCheck,
};
