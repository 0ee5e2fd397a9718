import { createComponent } from '@lit/react';
import * as React from 'react';
import { SpbeAgreementBadge as Element } from '../agreement-badge/define.js';

/** `<spbe-agreement-badge>` as a React component, for React 18 (React 19 can use the tag). */
export const SpbeAgreementBadge = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'spbe-agreement-badge',
  elementClass: Element,
  displayName: 'SpbeAgreementBadge',
});
