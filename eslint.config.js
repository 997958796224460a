import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const SUBGRAPHS = ['catalog', 'identity', 'discovery', 'sync', 'playback', 'recommendations'];

/** A subgraph may import libs/* but never another subgraph or the router (ARCHITECTURE.md). */
const subgraphBoundaries = SUBGRAPHS.map((name) => ({
  files: [`subgraphs/${name}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['@media-gateway/router', '@media-gateway/router/*'], message: 'A subgraph never imports the router.' },
          ...SUBGRAPHS.filter((other) => other !== name).map((other) => ({
            group: [`@media-gateway/${other}`, `@media-gateway/${other}/*`],
            message: 'A subgraph never imports another subgraph; use federation or domain events.',
          })),
          { group: ['**/subgraphs/**', '**/router/**'], message: 'Import workspace packages by name, never by path.' },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/generated/**', '.data/**', '.nx/**', 'schema/codegen/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', fetch: 'readonly', AbortSignal: 'readonly', performance: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...SUBGRAPHS.map((name) => `@media-gateway/${name}`), '@media-gateway/router'], message: 'libs/* never import subgraphs or the router.' }] },
      ],
    },
  },
  ...subgraphBoundaries,
  {
    // Clients talk to the product over its API: they build on libs/* and the trusted operations, nothing server-side.
    files: ['clients/**/*.ts', 'schema/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...SUBGRAPHS.map((name) => `@media-gateway/${name}`), '@media-gateway/router'], message: 'Clients and the schema package never import subgraphs or the router.' },
            { group: ['**/subgraphs/**', '**/router/**'], message: 'Import workspace packages by name, never by path.' },
          ],
        },
      ],
    },
  },
);
