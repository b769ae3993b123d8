import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globals: true,
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['graph/**/*.test.ts', 'seed/**/*.test.ts', 'server/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'client',
          environment: 'jsdom',
          include: ['client/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/client.ts'],
        },
      },
      {
        // Integration and browser tests share one throw-away Neo4j. Community Edition has a single
        // user database, so these files run one at a time and each resets the graph it uses.
        test: {
          name: 'int',
          environment: 'node',
          include: ['tests/int/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/abuse/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4jGlobal.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
