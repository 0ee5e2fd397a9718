// Runs inside a story's page (injected as a script by stories.test.ts, so
// that no compiler helper leaks into it): window.__storyProbe() reports where
// the page stands, looking into every open shadow root.
(() => {
  /** Every element under `root`, inside open shadow roots too. */
  function* deep(root) {
    for (const el of root.querySelectorAll('*')) {
      yield el;
      if (el.shadowRoot) yield* deep(el.shadowRoot);
    }
  }

  /**
   * Whether `want` (a CSS selector, or `{ selector, text }`) matches inside
   * `root` or inside any one shadow root under it.
   */
  function matches(root, want) {
    const { selector, text } = typeof want === 'string' ? { selector: want } : want;
    const found = (scope) =>
      [...scope.querySelectorAll(selector)].some(
        (el) => text === undefined || (el.textContent ?? '').includes(text),
      );
    if (found(root)) return true;
    for (const el of deep(root)) if (el.shadowRoot && found(el.shadowRoot)) return true;
    return false;
  }

  window.__storyProbe = async (viewMode, id, want) => {
    const preview = window.__STORYBOOK_PREVIEW__;
    const render = preview?.currentRender;
    const body = document.body.classList;
    const shown = viewMode === 'docs' ? '#storybook-docs' : '#storybook-root';
    const root = document.querySelector(shown);
    const error = body.contains('sb-show-errordisplay')
      ? (document.querySelector('#error-message')?.textContent ?? 'error display') +
        (document.querySelector('#error-stack')?.textContent ?? '')
      : body.contains('sb-show-nopreview')
        ? 'Storybook shows "no preview"'
        : undefined;
    // A story's render goes preparing → … → playing → played → completed → afterEach → finished.
    const phase = render?.phase;
    const rendered =
      viewMode === 'docs'
        ? Boolean(root?.querySelector('.sbdocs-content, .sbdocs'))
        : render?.id === id &&
          (phase === 'completed' || phase === 'afterEach' || phase === 'finished');
    const elements = root ? [...deep(root)].filter((el) => el.localName.startsWith('spbe-')) : [];
    const updated = await Promise.all(
      elements.map((el) =>
        el.updateComplete === undefined
          ? Promise.resolve(false)
          : el.updateComplete.then(() => true),
      ),
    );
    const empty = elements
      .filter((el) => !el.shadowRoot?.querySelector('*'))
      .map((el) => el.localName);
    const busy = root
      ? [...deep(root)].some((el) => el.getAttribute('aria-busy') === 'true')
      : false;
    return {
      error,
      phase: phase ?? null,
      rendered,
      hasContent: Boolean(root?.querySelector('*')),
      elements: elements.length,
      updated: updated.every(Boolean),
      empty,
      busy,
      matched: want ? Boolean(root && matches(root, want)) : true,
      parameters: viewMode === 'story' ? (render?.story?.parameters?.storyCheck ?? null) : null,
    };
  };
})();
