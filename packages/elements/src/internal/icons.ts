import type { AgreementStatus } from '@spbe/sdk';
import { html, type TemplateResult } from 'lit';

// One shape per status (24×24, drawn with the current colour), so status never
// rests on colour alone: a tick, a clock, a cross, a bar, a calendar, speech,
// a pencil, an empty ring. Hidden from assistive technology: the text says it.
const PATHS: Record<AgreementStatus, string> = {
  active:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.5 14.4-4.2-4.2 1.4-1.4 2.8 2.8 5.8-5.8 1.4 1.4Z',
  expiring:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16Zm1-13h-2v6l5 3 1-1.7-4-2.3Z',
  expired:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm4.2 12.8-1.4 1.4-2.8-2.8-2.8 2.8-1.4-1.4 2.8-2.8-2.8-2.8 1.4-1.4 2.8 2.8 2.8-2.8 1.4 1.4-2.8 2.8Z',
  terminated:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 18a8 8 0 0 1-6.3-12.9l11.2 11.2A8 8 0 0 1 12 20Zm6.3-3.1L7.1 5.7A8 8 0 0 1 18.3 16.9Z',
  scheduled:
    'M7 2v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2V2h-2v2H9V2Zm12 8v10H5V10Z',
  negotiating: 'M4 3h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-6 5V5a2 2 0 0 1 2-2Zm3 6v2h10V9Z',
  draft:
    'm3 17.3 11-11 3.7 3.7-11 11H3Zm17.7-9.4-3.7-3.7 1.8-1.8a1 1 0 0 1 1.4 0l2.3 2.3a1 1 0 0 1 0 1.4Z',
  none: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16Zm-5-9h10v2H7Z',
};

/** The icon of a status. */
export const statusIcon = (status: AgreementStatus): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${PATHS[status]}></path></svg>`;
