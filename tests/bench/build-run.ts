import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEnv } from '../support/build';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface BuildTiming {
	/** Wall time of the whole `astro build` process, start to exit, in ms. */
	buildMs: number;
	/** Pagefind indexing time, as src/integrations/pagefind.ts logs it. */
	pagefindMs: number;
	/** Pages Pagefind indexed. */
	indexedPages: number;
	/** HTML files in the output (every route Astro rendered, including 404.html). */
	htmlPages: number;
	outDir: string;
}

/**
 * `astro build --outDir <outDir>` in `root`, the same command and environment as the tests'
 * builds (tests/support/build.ts), but asynchronous and timed, with Pagefind's own timing line
 * read from the output. Never writes to dist/.
 */
export async function astroBuild(root: string, outDir: string, env: Record<string, string> = {}): Promise<BuildTiming> {
	const started = performance.now();
	const output = await new Promise<string>((resolve, reject) => {
		execFile(
			process.execPath,
			[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
			{ cwd: root, env: { ...buildEnv(), ...env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 256 * 1024 * 1024 },
			(error, stdout, stderr) => (error ? reject(new Error(`astro build failed in ${root}:\n${stderr || stdout}`)) : resolve(`${stdout}\n${stderr}`)),
		);
	});
	const buildMs = performance.now() - started;
	// "[explainer:pagefind] indexed 39 pages (5 sections, …) in 516 ms"
	const indexed = /indexed (\d+) pages .*? in (\d+) ms/.exec(output);
	if (!indexed) throw new Error(`No Pagefind timing line in the build output:\n${output.slice(-2000)}`);
	const htmlPages = (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).length;
	return { buildMs, pagefindMs: Number(indexed[2]), indexedPages: Number(indexed[1]), htmlPages, outDir };
}

/** A port free right now on 127.0.0.1: the build must know it (SITE_URL) before the server listens. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}
