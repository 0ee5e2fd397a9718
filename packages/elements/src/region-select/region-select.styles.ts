import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: 100%;
  }
  .root {
    position: relative;
  }
  .label {
    display: block;
    margin-block-end: 0.25em;
    font-weight: 600;
  }
  .field {
    position: relative;
    display: flex;
  }
  input {
    flex: 1;
    min-width: 0;
    min-height: 2.75rem;
    padding: 0.5em max(2.75rem, 2em) 0.5em 0.75em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  input:focus-visible {
    outline: var(--_focus);
    outline-offset: 1px;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  input:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .toggle {
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    width: max(2.75rem, 2em);
    padding: 0;
    border: 0;
    color: var(--_text);
    display: grid;
    place-items: center;
  }
  .toggle svg {
    width: 1.5em;
    height: 1.5em;
    fill: currentColor;
  }
  .popup {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    top: calc(100% + 0.25em);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.5em 1.5em rgb(0 0 0 / 0.18);
  }
  [role='listbox'] {
    max-height: var(--spbe-region-select-list-height, 18rem);
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 0;
  }
  .option {
    display: flex;
    flex-direction: column;
    justify-content: center;
    position: relative;
    height: 3em;
    padding: 0 2.25em 0 0.75em;
    cursor: pointer;
    line-height: 1.3;
  }
  .name,
  .context {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .context {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .option:hover {
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  .option[data-active] {
    background: color-mix(in srgb, var(--_accent) 16%, var(--_surface));
    box-shadow: inset 4px 0 var(--_accent);
  }
  .option[aria-selected='true'] .name {
    font-weight: 600;
  }
  .check {
    position: absolute;
    inset-inline-end: 0.6em;
    top: calc(50% - 0.6em);
    width: 1.2em;
    height: 1.2em;
    fill: var(--_accent);
  }
  mark {
    background: transparent;
    color: inherit;
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .note {
    margin: 0;
    padding: 0.75em;
    color: var(--_muted);
  }
  .message:empty {
    display: none;
  }
  .message {
    margin-block-start: 0.25em;
    font-size: 0.9375em;
  }
  @media (forced-colors: active) {
    .option[data-active] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .option[data-active] .context,
    .option[data-active] .check {
      color: HighlightText;
      fill: HighlightText;
    }
    .toggle svg,
    .check {
      fill: CanvasText;
    }
  }
`;
