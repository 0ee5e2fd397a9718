import { css } from 'lit';

export const styles = css`
  :host{display:block;max-width:100%}
  .root{overflow-wrap:anywhere}
  form{display:grid;grid-template-columns:minmax(0,1fr);gap:0.75em;margin:0}
  .label{font-weight:600}
  .box{position:relative;display:flex}
  .box svg{position:absolute;inset-inline-start:0.75em;top:calc(50% - 0.625em);width:1.25em;height:1.25em;fill:none;stroke:var(--_muted);stroke-width:2.5;stroke-linecap:round;pointer-events:none}
  .head{display:flex;flex-wrap:wrap;align-items:baseline;gap:0.25em 0.625em}
  input,select{font:inherit;color:var(--_text);background:var(--_surface);border:1px solid var(--_border);border-radius:var(--_radius)}
  input,select,form button,.more,.pages button{min-height:2.75rem}
  input{flex:1;min-width:0;padding:0.5em 0.75em 0.5em 2.5em}
  input::placeholder{color:var(--_muted);opacity:1}
  select{padding:0.25em 0.5em;width:100%}
  input:focus-visible,select:focus-visible{outline:var(--_focus);outline-offset:1px}
  .filters{display:flex;flex-wrap:wrap;align-items:end;gap:0.5em 1em}
  .filter{display:grid;grid-template-columns:minmax(0,auto);gap:0.125em;min-width:0;max-width:100%;font-size:0.9375em}
  .filter span{font-weight:600}
  .scope,.message{margin:0.75em 0 0}
  .scope[hidden],.message:empty{display:none}
  .scope{font-weight:600}
  .message .error{color:var(--_danger)}
  .results{margin-block-start:1em}
  .heading{font-size:1.125em;font-weight:700;margin-block-end:0.5em}
  .list,.groups{list-style:none;margin:0;padding:0}
  .groups{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,16rem),1fr));gap:1.5em}
  .group-name{font-weight:700;padding-block-end:0.25em;border-block-end:2px solid var(--_accent)}
  .groups .result{padding-block:0.5em}
  .groups .summary,.groups .facts{display:none}
  .result{position:relative;padding-block:0.875em;border-block-end:1px solid color-mix(in srgb,var(--_border) 50%,transparent);min-width:0}
  .result:last-child{border-block-end:0}
  .name{font-size:1.0625em;font-weight:600}
  bdi{unicode-bidi:isolate}
  mark{background:color-mix(in srgb,var(--_warning) 22%,transparent);color:inherit;font-weight:700}
  .host{margin:0.125em 0 0;font-size:0.875em;color:var(--_success)}
  .summary{margin:0.375em 0 0}
  .status{display:inline-block;padding:0 0.5em;font-size:0.8125em;font-weight:600;border:1px solid currentColor;border-radius:999px;color:var(--_info)}
  .status.retired{color:var(--_neutral)}
  .facts{display:flex;flex-wrap:wrap;gap:0.125em 1.25em;margin:0.5em 0 0;font-size:0.875em;color:var(--_muted)}
  .facts div{min-width:0}
  .facts dt{display:inline;font-weight:600}
  .facts dt::after{content:': '}
  .facts dd{display:inline;margin:0}
  .more{margin-block-start:0.5em;text-align:start}
  .help p{margin:0.5em 0}
  .pages{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:0.5em;margin-block-start:1em}
  [aria-disabled='true']{opacity:0.55;cursor:default}
  .skeleton.wide{display:block;width:100%;margin-block-end:1em}
  @media (forced-colors:active){mark{forced-color-adjust:none;background:Mark;color:MarkText}}
`;
