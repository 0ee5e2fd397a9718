/**
 * Test helper (not part of the package surface): the nginx configuration the
 * README documents for a static export, read from the README itself and
 * applied the way nginx applies it, so that a test proves the documented rules
 * find every exported file. Only what that block uses is understood (a prefix
 * or regex `location`, `default_type`, `add_header`, `if ($arg_NAME !~ RE) {
 * return STATUS; }`, `try_files`); anything else fails loudly, so the README
 * cannot grow a rule the tests silently ignore.
 */
import { posix } from 'node:path';

const { normalize } = posix;

interface Location {
  /** A prefix location's prefix, or a regex location's pattern. */
  prefix?: string;
  pattern?: RegExp;
  /** `if ($arg_NAME !~ RE) { return STATUS; }`, in order. */
  guards: { arg: string; pattern: RegExp; status: number }[];
  /** `try_files`: the file templates, then the fallback (`=404`). */
  tryFiles: string[];
}

export interface NginxRules {
  /**
   * The file (relative to the root, no leading slash) nginx would send for a
   * request target such as `/v1/regions/32/descendants?level=village`, or
   * `undefined` for a 404 (or another status a guard returns).
   */
  resolve(target: string, isFile: (file: string) => boolean): string | undefined;
}

/** The ```nginx block of the README's "Static export" section. */
export function staticExportNginxBlock(readme: string): string {
  const section = readme.slice(readme.indexOf('### Static export'));
  const match = /```nginx\n([\s\S]*?)```/.exec(section);
  if (!match?.[1]) throw new Error('the README has no nginx block under "Static export"');
  return match[1];
}

/** Parses the locations of an nginx block like the README's. */
export function parseNginxRules(block: string): NginxRules {
  const locations: Location[] = [];
  const text = block.replace(/^\s*#.*$/gm, '');
  const found = text.matchAll(/location\s+(?:(~)\s+)?(\S+)\s*\{\n([\s\S]*?)\n\}/g);
  for (const [, regex, target = '', body = ''] of found) {
    const location: Location = regex
      ? { pattern: new RegExp(target), guards: [], tryFiles: [] }
      : { prefix: target, guards: [], tryFiles: [] };
    for (const raw of body.split('\n')) {
      const line = raw.trim();
      if (line === '' || /^(?:default_type|add_header) [^;]+;$/.test(line)) continue;
      const guard = /^if \(\$arg_(\w+) !~ (.+)\) \{ return (\d{3}); \}$/.exec(line);
      const tryFiles = /^try_files ([^;]+);$/.exec(line);
      if (guard?.[1] && guard[2] && guard[3]) {
        location.guards.push({
          arg: guard[1],
          pattern: new RegExp(guard[2]),
          status: Number(guard[3]),
        });
      } else if (tryFiles?.[1]) {
        location.tryFiles = tryFiles[1].split(/\s+/);
      } else {
        throw new Error(`the nginx rules use something the test does not know: ${line}`);
      }
    }
    if (location.tryFiles.at(-1) !== '=404') {
      throw new Error(`a location without a "try_files … =404": ${target}`);
    }
    locations.push(location);
  }
  if (locations.length === 0) throw new Error('no location in the nginx block');

  return {
    resolve(target, isFile) {
      const [rawPath = '', query = ''] = target.split('?');
      const uri = decodeURIComponent(rawPath);
      // $arg_NAME: the first NAME=value of the query, as sent (not decoded).
      const arg = (name: string) =>
        query
          .split('&')
          .find((pair) => pair.startsWith(`${name}=`))
          ?.slice(name.length + 1) ?? '';
      // Regex locations first, in order; else the longest matching prefix.
      let captures: Record<string, string> = {};
      let location = locations.find((l) => {
        const match = l.pattern?.exec(uri);
        if (match) captures = { ...match.groups };
        return match !== null && match !== undefined;
      });
      location ??= locations
        .filter((l) => l.prefix !== undefined && uri.startsWith(l.prefix))
        .sort((a, b) => (b.prefix?.length ?? 0) - (a.prefix?.length ?? 0))[0];
      if (location === undefined) return undefined;
      if (location.guards.some((guard) => !guard.pattern.test(arg(guard.arg)))) return undefined;
      const variable = (name: string) => {
        if (name === 'uri') return uri;
        if (name.startsWith('arg_')) return arg(name.slice(4));
        const value = captures[name];
        if (value === undefined) throw new Error(`unknown nginx variable $${name}`);
        return value;
      };
      for (const template of location.tryFiles.slice(0, -1)) {
        // The file system, not nginx, resolves any `..` a variable brings in.
        const path = normalize(template.replace(/\$(\w+)/g, (_, name: string) => variable(name)));
        const file = path.replace(/^\/+/, '');
        if (!file.startsWith('../') && isFile(file)) return file;
      }
      return undefined;
    },
  };
}
