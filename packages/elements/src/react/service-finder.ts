import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { SpbeServiceFinder as Element } from '../service-finder/define.js';
import type { SearchDetail, ServiceSelectDetail } from '../service-finder/service-finder.js';

/** `<spbe-service-finder>` as a React component, for React 18 (React 19 can use the tag). */
export const SpbeServiceFinder = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'spbe-service-finder',
  elementClass: Element,
  displayName: 'SpbeServiceFinder',
  events: {
    onSpbeSearch: 'spbe-search' as EventName<CustomEvent<SearchDetail>>,
    onSpbeServiceSelect: 'spbe-service-select' as EventName<CustomEvent<ServiceSelectDetail>>,
  },
});
