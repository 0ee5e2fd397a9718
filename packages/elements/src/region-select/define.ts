import { defineElement } from '../internal/define.js';
import { SpbeRegionSelect } from './region-select.js';

defineElement('spbe-region-select', SpbeRegionSelect);

export { SpbeRegionSelect };
