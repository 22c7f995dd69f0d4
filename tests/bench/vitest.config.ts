import { defineConfig } from 'vitest/config';

// `npm run bench`: measurements, not pass/fail tests. Each *.bench.ts file measures one thing and
// writes its numbers to bench-results/<name>.json and a Markdown table to the console; nothing here
// asserts a timing, so a slow machine never fails a build.
export default defineConfig({
	test: {
		name: 'bench',
		root: '.',
		include: ['tests/bench/**/*.bench.ts'],
		environment: 'node',
		testTimeout: 600_000,
		hookTimeout: 600_000,
		fileParallelism: false,
	},
});
