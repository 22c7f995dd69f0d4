import { mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadavg, tmpdir } from 'node:os';
import type { TestProject } from 'vitest/node';
import { astroBuild, freePort, projectRoot, type BuildTiming } from './build-run';
import { writeReferencePages } from './reference-pages';
import { writeSummary } from './summary';

/** What every bench file gets through `inject('benchSite')`. */
export interface BenchSite {
	runId: string;
	/** The bench build; the server must listen on `port`, the origin its SITE_URL names. */
	dir: string;
	port: number;
	origin: string;
	build: Omit<BuildTiming, 'outDir'>;
}

declare module 'vitest' {
	export interface ProvidedContext {
		benchSite: BenchSite;
	}
}

/**
 * Before any bench: one production build into a temporary folder (never dist/), made for the
 * origin the bench server will have, so canonical URLs and sitemaps match what is served; then
 * the no-JS reference pages beside it. After all benches: the summary, then the folder is removed.
 */
export default async function setup(project: TestProject) {
	const runId = new Date().toISOString();
	// The summary notes how busy the machine was: the simulated timings follow the CPU.
	const loadAtStart = loadavg()[0]!;
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const outDir = join(mkdtempSync(join(tmpdir(), 'bench-site-')), 'dist');
	console.log(`bench: building the site into ${outDir} for ${origin}/ …`);
	const { outDir: dir, ...build } = await astroBuild(projectRoot, outDir, { SITE_URL: `${origin}/` }).catch((error: unknown) => {
		rmSync(dirname(outDir), { recursive: true, force: true }); // a failed build leaves no temp folder behind
		throw error;
	});
	console.log(`bench: built ${build.htmlPages} pages in ${(build.buildMs / 1000).toFixed(1)} s (Pagefind ${build.pagefindMs} ms)`);
	writeReferencePages(dir);
	project.provide('benchSite', { runId, dir, port, origin, build });
	return () => {
		writeSummary(runId, build, loadAtStart);
		rmSync(dirname(dir), { recursive: true, force: true });
	};
}
