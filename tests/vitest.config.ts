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
					// expect.poll waits for what a reader would see (a script's work after the first paint, a
					// smooth scroll coming to rest). Vitest gives up after one second, which a busy 2-core
					// machine running two Chromiums exceeds: a full run failed on such a wait. A poll that passes
					// returns as soon as the state is reached, so a long limit costs nothing.
					expect: { poll: { timeout: 15_000 } },
					// Two files at a time, each worker with its own Chromium, each file its own server: one at a time left a core
					// idle about half the run (pages wait on idle callbacks and timers), two at a time keep
					// both busy and the run is a sixth shorter. Tests wait for what a reader sees, never a
					// fixed time, so the contention is only a busy machine, which they must pass on anyway.
					fileParallelism: true,
					maxWorkers: 2,
					// Each worker runs file after file in one module graph, so the libraries every file imports
					// (hast, Playwright, the site's own modules) load once per worker, not once per file: 24 build
					// files took 31 s instead of 45. No file mocks a module or changes the environment, and each
					// opens and closes its own browser contexts and server (tests/support/site.ts), so none leaks into the next;
					// the worker's one Chromium stays open between them (tests/support/browser.ts, workerBrowser).
					isolate: false,
					// A folder for the builds files share (tests/support/shared-build.ts).
					globalSetup: ['tests/support/test-run.ts'],
				},
			},
		],
	},
});
