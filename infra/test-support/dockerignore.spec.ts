import { parseDockerIgnore } from './dockerignore';

describe('parseDockerIgnore', () => {
  const ignore = parseDockerIgnore(['# comment', '**/node_modules', '/dist/', '*.log', 'docs/**', '!docs/keep.md'].join('\n'));

  it('excludes a matched directory with everything below it, at the root unless the pattern starts with **', () => {
    expect(['node_modules', 'libs/a/node_modules/x.js', 'dist', 'dist/web/index.html', 'app.log'].filter((path) => !ignore.isExcluded(path))).toEqual([]);
    expect(['libs/dist', 'libs/app.log', 'src/main.ts'].filter((path) => ignore.isExcluded(path))).toEqual([]);
  });

  it('lets a later "!" line take a path back', () => {
    expect(ignore.isExcluded('docs/other.md')).toBe(true);
    expect(ignore.isExcluded('docs/keep.md')).toBe(false);
  });
});
