import { createComponent } from '@lit/react';
import * as React from 'react';
import { SpbeProvider as Element } from '../provider/define.js';

/** `<spbe-provider>` as a React component, for React 18 (React 19 can use the tag). */
export const SpbeProvider = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'spbe-provider',
  elementClass: Element,
  displayName: 'SpbeProvider',
});
