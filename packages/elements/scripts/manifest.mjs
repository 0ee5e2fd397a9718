// The elements as custom-elements.json describes them, for the scripts that
// generate editor data and framework types from it (run by `build:manifest`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PACKAGE_DIR = join(import.meta.dirname, '..');

/** Every custom element declared in the manifest, by tag name. */
export function readElements() {
  const manifest = JSON.parse(readFileSync(join(PACKAGE_DIR, 'custom-elements.json'), 'utf8'));
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * The public properties a host may set: the class's writable, public,
 * instance fields (`client`, `baseUrl`, `value`…), not read-only state.
 */
export function settableFields(element) {
  return (element.members ?? [])
    .filter(
      (member) =>
        member.kind === 'field' &&
        !member.static &&
        !member.readonly &&
        (member.privacy ?? 'public') === 'public' &&
        !member.name.startsWith('#'),
    )
    .map((member) => member.name);
}
