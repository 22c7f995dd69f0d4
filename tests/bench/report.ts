import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const outDir = fileURLToPath(new URL('../../bench-results/', import.meta.url));

/** Writes one benchmark's rows as JSON and prints them as a Markdown table. */
export function report(name: string, title: string, rows: Record<string, string | number>[]): void {
	mkdirSync(outDir, { recursive: true });
	writeFileSync(`${outDir}${name}.json`, `${JSON.stringify({ name, title, date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
	const cols = Object.keys(rows[0] ?? {});
	const table = [`| ${cols.join(' | ')} |`, `|${cols.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${cols.map((c) => r[c]).join(' | ')} |`)];
	console.log(`\n### ${title}\n\n${table.join('\n')}\n`);
}

/** Median of several runs of `fn`, in milliseconds. */
export async function medianMs(fn: () => unknown, runs = 5): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await fn();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)]!;
}
