import { css } from 'lit';

/** The status pill and the details card, shared by the badge and the overview. */
export const agreementStyles = css`
  .pill {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.125em 0.6em 0.125em 0.45em;
    border: 1px solid currentColor;
    border-radius: 0.9em;
    background: var(--_surface);
    font-weight: 600;
    white-space: normal;
  }
  .icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    fill: currentColor;
  }
  [data-status='active'] {
    color: var(--_success);
  }
  [data-status='expiring'] {
    color: var(--_warning);
  }
  [data-status='expired'],
  [data-status='terminated'] {
    color: var(--_danger);
  }
  [data-status='scheduled'],
  [data-status='negotiating'] {
    color: var(--_info);
  }
  [data-status='draft'],
  [data-status='none'] {
    color: var(--_neutral);
  }
  .pill:is([data-status='draft'], [data-status='none']) {
    border-style: dashed;
  }
  .program {
    font-weight: 600;
  }
  .card {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25em 0.75em;
  }
  dl {
    display: grid;
    gap: 0.15em;
    margin: var(--_space) 0;
  }
  dl div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  dt {
    color: var(--_muted);
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  a {
    display: inline-block;
    min-height: 1.5rem;
    padding-block: 0.125em;
  }
  @media (forced-colors: active) {
    .pill {
      border-color: CanvasText;
    }
    .icon {
      fill: CanvasText;
    }
  }
`;
