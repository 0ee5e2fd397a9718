import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { SpbeRegionSelect as Element } from '../region-select/define.js';

/**
 * `<spbe-region-select>` as a React component, for React 18 (React 19 can use
 * the tag). `onChange` and `onInput` are the element's own events (as a native
 * `<select>`'s), read `event.currentTarget.value`.
 */
export const SpbeRegionSelect = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'spbe-region-select',
  elementClass: Element,
  displayName: 'SpbeRegionSelect',
  events: {
    onInput: 'input' as EventName<Event>,
    onChange: 'change' as EventName<Event>,
  },
});
