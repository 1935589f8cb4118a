import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// `npm test` runs both projects: unit (components, data, logic, deck structure) and deck (the
// built deck in Chromium, and the PDF exports). See README, "Tests".
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    maxWorkers: 2, // the machines have two cores
    projects: [
      {
        plugins: [vue()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          // Unit tests run beside the deck project's browsers on two cores: time is not what they test.
          testTimeout: 20_000,
          include: ['tests/unit/**/*.test.ts', '{components,composables,data,scripts,styles,vm}/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'deck',
          environment: 'node',
          include: ['tests/deck/**/*.test.ts'],
          // Global setup builds both decks and does the shared walks and exports once
          // (tests/deck/runs.ts); the files that still drive a browser themselves run two at a time.
          globalSetup: ['tests/deck/global-setup.ts'],
          fileParallelism: true,
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
})
