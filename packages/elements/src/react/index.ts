// @spbe/elements/react: the elements as React components made with @lit/react,
// for React 18, which sets every prop as an attribute and cannot listen for
// custom events. React 19 needs none of this (use the tags, typed by
// @spbe/elements/react-jsx). Each component defines only its own element: a
// bundler drops the ones an app does not import.

export { SpbeAgreementBadge } from './agreement-badge.js';
export { SpbeAgreementOverview } from './agreement-overview.js';
export { SpbeProvider } from './provider.js';
export { SpbeRegionSelect } from './region-select.js';
export { SpbeServiceFinder } from './service-finder.js';
