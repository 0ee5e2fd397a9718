import { defineElement } from '../internal/define.js';
import { SpbeAgreementOverview } from './agreement-overview.js';

defineElement('spbe-agreement-overview', SpbeAgreementOverview);

export { SpbeAgreementOverview };
