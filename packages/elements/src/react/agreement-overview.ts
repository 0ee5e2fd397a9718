import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { RegencyOpenDetail } from '../agreement-overview/agreement-overview.js';
import { SpbeAgreementOverview as Element } from '../agreement-overview/define.js';

/** `<spbe-agreement-overview>` as a React component, for React 18 (React 19 can use the tag). */
export const SpbeAgreementOverview = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'spbe-agreement-overview',
  elementClass: Element,
  displayName: 'SpbeAgreementOverview',
  events: {
    onSpbeRegencyOpen: 'spbe-regency-open' as EventName<CustomEvent<RegencyOpenDetail>>,
  },
});
