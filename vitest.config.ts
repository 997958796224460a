import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// The file suffix decides the kind of test: *.test.ts unit, *.int.ts integration (real Postgres/Redis), *.e2e.ts
// end to end through the router. Workspace packages resolve to their TypeScript source through the
// `@media-gateway/source` export condition.
const exclude = ['**/node_modules/**', '**/dist/**', '.data/**'];

// Vite would hand transformed code graphql's .mjs build while Node gives Apollo the .js build: two graphql realms,
// and `instanceof GraphQLError` fails across them. Pin every import to the one Node resolves.
const graphql = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { conditions: ['@media-gateway/source'], alias: [{ find: /^graphql$/, replacement: graphql }] },
  ssr: { resolve: { conditions: ['@media-gateway/source'] } },
  test: {
    globalSetup: ['./libs/testing/src/globalSetup.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['**/tests/**/*.test.ts'], exclude } },
      { extends: true, test: { name: 'integration', include: ['**/tests/**/*.int.ts'], exclude, testTimeout: 60_000, hookTimeout: 120_000 } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.e2e.ts'], exclude, testTimeout: 60_000, hookTimeout: 300_000 } },
    ],
  },
});
