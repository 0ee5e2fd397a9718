// The public surface of @spbe/elements. Only re-exports live here; importing it
// defines every element (each define file is the only place that does).

export { SpbeAgreementBadge } from './agreement-badge/define.js';
export type { RegencyOpenDetail } from './agreement-overview/agreement-overview.js';
export { SpbeAgreementOverview } from './agreement-overview/define.js';
export type { Theme } from './internal/base.js';
export { SpbeElement } from './internal/base.js';
export { setDefaultClient } from './internal/client.js';
export type { Locale } from './internal/messages.js';
export { SpbeProvider } from './provider/define.js';
export { SpbeRegionSelect } from './region-select/define.js';
export { SpbeServiceFinder } from './service-finder/define.js';
export type { SearchDetail, ServiceSelectDetail } from './service-finder/service-finder.js';
