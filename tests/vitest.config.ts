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
					// One Chromium and one server for the whole run; files share them sequentially.
					fileParallelism: false,
				},
			},
		],
	},
});
