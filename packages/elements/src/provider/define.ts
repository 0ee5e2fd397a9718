import { defineElement } from '../internal/define.js';
import { SpbeProvider } from './provider.js';

defineElement('spbe-provider', SpbeProvider);

export { SpbeProvider };
