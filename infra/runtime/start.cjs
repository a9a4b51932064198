// Runs a compiled entry point from dist/ with the workspace's @renkei/* path aliases
// resolved to the compiled libraries (tsc keeps import specifiers as written).
const path = require('node:path');
const tsconfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../../tsconfig.base.json');

const root = path.resolve(__dirname, '..', '..');
const paths = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, targets]) => [alias, targets.map((target) => target.replace(/\.ts$/, ''))]),
);
tsconfigPaths.register({ baseUrl: path.join(root, 'dist'), paths, addMatchAll: false });

const entry = process.argv[2];
if (!entry) {
  console.error('usage: node infra/runtime/start.cjs <compiled entry point, e.g. dist/services/embedded/src/main.js>');
  process.exit(2);
}
process.argv.splice(1, 1); // the entry sees its own path as argv[1]
require(path.resolve(root, entry));
