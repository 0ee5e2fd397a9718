import { defineElement } from '../internal/define.js';
import { SpbeServiceFinder } from './service-finder.js';

defineElement('spbe-service-finder', SpbeServiceFinder);

export { SpbeServiceFinder };
