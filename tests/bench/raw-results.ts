import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Each bench file runs in its own worker; the summary is written after all of them, in the main
// process (global-setup.ts). They meet in bench-results/raw/ (gitignored). A run id keeps a stale
// file from an earlier or interrupted run out of this run's summary.
const rawDir = fileURLToPath(new URL('../../bench-results/raw/', import.meta.url));

export function saveRaw(name: string, runId: string, data: unknown): void {
	mkdirSync(rawDir, { recursive: true });
	writeFileSync(`${rawDir}${name}.json`, `${JSON.stringify({ runId, data }, null, 2)}\n`);
}

/** This run's data for `name`, or undefined when that bench did not run (or failed). */
export function loadRaw<T>(name: string, runId: string): T | undefined {
	const file = `${rawDir}${name}.json`;
	if (!existsSync(file)) return undefined;
	const saved = JSON.parse(readFileSync(file, 'utf8')) as { runId: string; data: T };
	return saved.runId === runId ? saved.data : undefined;
}
