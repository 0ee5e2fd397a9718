import { css } from 'lit';

export const styles = css`
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
    border-style: dashed;
  }
  .list {
    display: flex;
    flex-direction: column;
    gap: var(--spbe-agreement-badge-gap, var(--_space));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  .program {
    font-weight: 600;
  }
  .cards {
    display: flex;
    flex-direction: column;
    gap: var(--spbe-agreement-badge-gap, var(--_space));
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
  }
  a {
    display: inline-block;
    min-height: 1.5rem;
    padding-block: 0.125em;
  }
  .stale {
    margin: 0.25em 0 0;
    font-size: 0.875em;
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
