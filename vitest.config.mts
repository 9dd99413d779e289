import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Tests import the libraries by package name; point those names at the
// TypeScript sources so a test never runs against a stale build.
const lib = (name: string) => fileURLToPath(new URL(`./libs/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@hotpath/profile': lib('profile'),
      '@hotpath/analysis': lib('analysis'),
      '@hotpath/report': lib('report'),
      '@hotpath/rules': lib('rules'),
      '@hotpath/classifier': lib('classifier'),
      '@hotpath/source': lib('source'),
      '@hotpath/pipeline': lib('pipeline'),
      '@hotpath/store': lib('store'),
      '@hotpath/jobs': lib('jobs'),
    },
  },
  test: {
    include: ['libs/**/src/**/*.test.ts', 'apps/**/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
