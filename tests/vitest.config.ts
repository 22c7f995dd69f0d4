import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests in Node, and tests against the built site (build checks and
// Chromium). `npm test` builds first, so the built-site tests read the same dist/ a reader gets.
export default defineConfig({
	test: {
		projects: [
			{
				test: { name: 'unit', root: '.', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
			},
			{
				test: {
					name: 'site',
					root: '.',
					include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
					environment: 'node',
					testTimeout: 120_000,
					hookTimeout: 600_000,
					// Files run one at a time: on two cores, running two at once was slower in all (each
					// file launches its own Chromium and server, and they compete for the CPU).
					fileParallelism: false,
					// A folder for the builds files share (tests/support/shared-build.ts).
					globalSetup: ['tests/support/test-run.ts'],
				},
			},
		],
	},
});
