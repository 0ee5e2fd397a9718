import { css } from 'lit';

// At 320 px the table scrolls in its region (a size container), with the names, their header
// and an opened regency's cards (sticky, at most the region's width) kept in view.

export const styles = css`
  :host { display: block; }
  .root:focus { outline: none; }
  .summary { display: grid; gap: var(--_space) calc(var(--_space) * 3); grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr)); margin: 0 0 var(--_space); padding: 0; list-style: none; }
  .chart { display: grid; grid-template-columns: max-content minmax(3em, 1fr) max-content; gap: 0.2em 0.5em; align-items: center; margin-top: 0.35em; font-size: 0.875em; }
  .chart span { display: inline-flex; align-items: center; gap: 0.35em; white-space: nowrap; }
  .chart > svg { width: 100%; height: 0.9em; fill: currentColor; }
  .chart .track { fill: var(--_border); opacity: 0.3; }
  .toolbar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_space) calc(var(--_space) * 3); margin: calc(var(--_space) * 2) 0 var(--_space); }
  label { display: flex; align-items: center; gap: 0.6em; cursor: pointer; }
  input { flex: none; width: 1.5rem; height: 1.5rem; margin: 0; accent-color: var(--_accent); }
  input:focus-visible, .scroll:focus-visible { outline: var(--_focus); outline-offset: 2px; }
  .hint, .days { color: var(--_muted); font-size: 0.875em; }
  .scroll { overflow-x: auto; container-type: inline-size; }
  table { min-width: 100%; border-collapse: collapse; background: var(--_surface); color: var(--_text); }
  .title { margin: 0 0 var(--_space); font-weight: 600; }
  th, td { padding: 0.4em 0.6em; border-bottom: 1px solid var(--_border); text-align: start; vertical-align: top; }
  thead th { vertical-align: bottom; border-bottom-width: 2px; }
  th:first-child { position: sticky; inset-inline-start: 0; z-index: 1; background: var(--_surface); }
  tbody th { font-weight: 400; }
  th button { display: inline-flex; gap: 0.35em; align-items: baseline; padding: 0.125em 0; border: 0; color: inherit; font-weight: 600; text-align: start; }
  tbody th button { max-width: 45cqi; overflow-wrap: anywhere; color: var(--_accent); font-weight: inherit; text-decoration: underline; text-underline-offset: 0.15em; }
  .arrow { color: var(--_muted); }
  .days { display: block; margin-top: 0.2em; }
  .details td { padding-block: var(--_space) calc(var(--_space) * 2); }
  .cards { position: sticky; inset-inline-start: 0.6em; max-width: calc(100cqi - 1.2em); display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr)); gap: var(--_space); }
  .skeleton { display: block; margin-bottom: var(--_space); }
  .wide { width: 100%; height: 8em; }
  @media print {
    input, label:not(.on), [part='retry'], .arrow { display: none; }
    .scroll { overflow: visible; }
    th:first-child { position: static; }
    tbody th button { color: inherit; text-decoration: none; }
    tr { break-inside: avoid; }
    * { print-color-adjust: exact; }
  }
  @media (forced-colors: active) {
    .chart .track { fill: GrayText; }
  }
`;
