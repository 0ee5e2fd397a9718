import { css } from 'lit';

/**
 * The shared look: tokens every element reads. Each `--spbe-*` custom property
 * may be set from the page (on the element or any ancestor); the defaults
 * pass WCAG AA contrast in light and dark. Internally the elements read the
 * `--_*` copies, which fall back to the defaults.
 *
 * | token | what |
 * | --- | --- |
 * | `--spbe-font-family` | typeface (default: the system UI font) |
 * | `--spbe-color-text`, `--spbe-color-text-muted` | text |
 * | `--spbe-color-surface`, `--spbe-color-border` | backgrounds and rules |
 * | `--spbe-color-accent` | links and buttons |
 * | `--spbe-color-success`, `-warning`, `-danger`, `-info`, `-neutral` | status colours (text and icon) |
 * | `--spbe-radius` | corner radius |
 * | `--spbe-space` | the spacing unit |
 * | `--spbe-focus-ring` | the keyboard focus outline |
 */
// The dark defaults, for the system's dark mode and for theme="dark".
const dark = css`
  --_text: var(--spbe-color-text, #e8ecf0);
  --_muted: var(--spbe-color-text-muted, #b4bcc6);
  --_surface: var(--spbe-color-surface, #16191d);
  --_border: var(--spbe-color-border, #7d8792);
  --_accent: var(--spbe-color-accent, #8cc4ff);
  --_success: var(--spbe-color-success, #7ee2a0);
  --_warning: var(--spbe-color-warning, #ffc46b);
  --_danger: var(--spbe-color-danger, #ff9a9f);
  --_info: var(--spbe-color-info, #9cc2ff);
  --_neutral: var(--spbe-color-neutral, #c3cad3);
  --_focus: var(--spbe-focus-ring, 3px solid #8cc4ff);
`;

// Every element paints its own surface, so dark text colours never land on a
// light page, nor light ones on a dark page; dark is for screens only: printed
// on paper, every element is light. The page's type settings that inherit
// (a theme's italic, light, uppercase, letter-spaced, indented or justified
// body text, its text shadow and cursor) stop at .root: the font shorthand
// resets style, weight and variant (the family apart, so that an invalid
// --spbe-font-family loses only the family), and the others are set back by
// name.
export const base = css`
  :host {
    display: inline-block;
    max-width: 100%;
    vertical-align: middle;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    --_font: var(--spbe-font-family, system-ui, sans-serif);
    --_text: var(--spbe-color-text, #1b1f24);
    --_muted: var(--spbe-color-text-muted, #4a525c);
    --_surface: var(--spbe-color-surface, #ffffff);
    --_border: var(--spbe-color-border, #8a939e);
    --_accent: var(--spbe-color-accent, #0b5cad);
    --_success: var(--spbe-color-success, #11652f);
    --_warning: var(--spbe-color-warning, #7a4300);
    --_danger: var(--spbe-color-danger, #a8161f);
    --_info: var(--spbe-color-info, #1d4fa3);
    --_neutral: var(--spbe-color-neutral, #4a525c);
    --_radius: var(--spbe-radius, 0.375em);
    --_space: var(--spbe-space, 0.5em);
    --_focus: var(--spbe-focus-ring, 3px solid #0b5cad);
    box-sizing: border-box;
    background: var(--_surface);
    font: 1em/1.45 sans-serif;
    font-family: var(--_font);
    color: var(--_text);
    text-align: start;
    overflow-wrap: break-word;
    letter-spacing: 0;
    word-spacing: 0;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    cursor: auto;
  }
  @media screen and (prefers-color-scheme: dark) {
    .root:not([data-theme='light']) {
      ${dark}
    }
  }
  @media screen {
    .root[data-theme='dark'] {
      ${dark}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible,
  button:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    min-height: 1.5rem;
    min-width: 1.5rem;
    padding: 0.125em 0.625em;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .skeleton {
    display: inline-block;
    width: 8em;
    height: 1.25em;
    border-radius: var(--_radius);
    background: var(--_border);
    opacity: 0.35;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: spbe-pulse 1.2s ease-in-out infinite alternate;
    }
  }
  @keyframes spbe-pulse {
    to {
      opacity: 0.15;
    }
  }
  .message {
    color: var(--_muted);
  }
  .message.error {
    color: var(--_danger);
  }
  @media (forced-colors: active) {
    .root {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_border: CanvasText;
      --_accent: LinkText;
      --_success: CanvasText;
      --_warning: CanvasText;
      --_danger: CanvasText;
      --_info: CanvasText;
      --_neutral: CanvasText;
      --_focus: 3px solid Highlight;
    }
    button {
      color: ButtonText;
      border-color: ButtonText;
    }
  }
`;
