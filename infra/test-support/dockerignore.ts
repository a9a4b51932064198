/**
 * .dockerignore as the builder reads it: patterns relative to the context root, `*` and `?` within one path
 * segment, `**` across segments, `!` to take a path back, the last matching line wins, and a pattern that
 * matches a directory excludes everything below it.
 */
export interface DockerIgnore {
  isExcluded(path: string): boolean;
}

export function parseDockerIgnore(text: string): DockerIgnore {
  const rules = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const include = line.startsWith('!');
      const pattern = (include ? line.slice(1) : line).trim().replace(/^\/+/, '').replace(/\/+$/, '');
      return { include, matches: patternToRegExp(pattern) };
    });
  return {
    isExcluded(path) {
      const normalized = path.replace(/^\.\//, '').replace(/\/+$/, '');
      let excluded = false;
      for (const rule of rules) if (rule.matches.test(normalized)) excluded = !rule.include;
      return excluded;
    },
  };
}

function patternToRegExp(pattern: string): RegExp {
  let source = '';
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index] ?? '';
    if (pattern.startsWith('**/', index)) {
      source += '(?:.*/)?';
      index += 2;
    } else if (pattern.startsWith('**', index)) {
      source += '.*';
      index += 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // The path itself or anything below it.
  return new RegExp(`^${source}(?:/.*)?$`);
}
