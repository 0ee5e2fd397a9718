import { defineElement } from '../internal/define.js';
import { SpbeAgreementBadge } from './agreement-badge.js';

defineElement('spbe-agreement-badge', SpbeAgreementBadge);

export { SpbeAgreementBadge };
