import { defineConfig } from 'vitest/config';

// `npm run bench`: measurements, not pass/fail tests. global-setup.ts builds the site once into a
// temporary folder (never dist/) and hands it to every file through inject('benchSite'). Each
// *.bench.ts file measures one thing and writes its numbers to bench-results/ and a Markdown table
// to the console; after all files, global-setup.ts writes bench/results.json, bench/summary.md and
// the README summary. Nothing here asserts a timing, so a slow machine never fails a build.
// Files run one at a time: they share one port and must not compete for the CPU they measure.
export default defineConfig({
	test: {
		name: 'bench',
		root: '.',
		include: ['tests/bench/**/*.bench.ts'],
		environment: 'node',
		testTimeout: 600_000,
		hookTimeout: 600_000,
		fileParallelism: false,
		globalSetup: ['tests/bench/global-setup.ts'],
	},
});
