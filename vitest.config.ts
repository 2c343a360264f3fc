import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The same integration suite, once per database driver. */
function integrationProject(db: 'pglite' | 'postgres') {
  return {
    extends: true as const,
    test: {
      name: `integration-${db}`,
      include: ['tests/integration/**/*.test.ts'],
      environment: 'node',
      env: { TEST_DB: db },
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  };
}

export default defineConfig({
  resolve: { alias: { '@': root } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      integrationProject('pglite'),
      // Against the real server whenever one is configured (CI always sets DATABASE_URL).
      ...(process.env.DATABASE_URL ? [integrationProject('postgres')] : []),
    ],
  },
});
