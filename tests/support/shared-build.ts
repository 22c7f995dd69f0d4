import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { fileURLToPath } from 'node:url';
import { buildEnv, buildShapedBy, projectWithContent, shapingVariables as shaping, type TempBuild } from './build';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A folder for this run's shared builds (tests/support/test-run.ts makes and removes it). */
		sharedBuilds: string;
	}
}

/**
 * The builds the site tests share, besides dist/: each is made once per run, by the first file
 * that asks, however many files read it.
 */
export const variants = {
	/**
	 * A site with an address from its host (Vercel's variable, which has no scheme, so the build
	 * must add one) and error reports configured: the address, feed and report-link tests read it.
	 */
	hosted: {
		env: {
			VERCEL_PROJECT_PRODUCTION_URL: 'vercel-site.example.org',
			SITE_ISSUES_URL: 'https://git.example.org/explainer/site/issues',
			SITE_REPORT_EMAIL: 'errors@example.org',
		},
		origin: 'https://vercel-site.example.org',
	},
	/** A site published under a sub-path of an address: the metadata and sub-path tests read it. */
	underSubPath: { env: { SITE_URL: 'https://example.org', SITE_BASE: '/explainer/' }, origin: 'https://example.org' },
	/** A site given no address at all, which must still publish no local one. */
	noAddress: { env: {}, origin: undefined },
} as const;

/**
 * The content of the small site behaviour tests run on (the term cards): the same fixture the
 * unit tests break on purpose, built whole. Its words are written for the tests, so a change to
 * the real prose never breaks a test of how a card behaves.
 */
export const fixtureContent = fileURLToPath(new URL('../fixtures/content', import.meta.url));

/**
 * A build for exactly these shaping variables (any the shell has are dropped first), of the
 * project's content/ or of `content`, made once per test run and shared by every file that asks for the same
 * ones, whichever worker asks first. Two asks for the same variables get the same folder: the
 * other worker waits for the first one's build to finish rather than building it again.
 */
export async function sharedBuild(
	env: Partial<Record<(typeof shaping)[number], string>>,
	{ content }: { content?: string } = {},
): Promise<TempBuild> {
	const key = createHash('sha256')
		.update(JSON.stringify([content ?? 'content/', ...shaping.map((name) => [name, env[name] ?? ''])]))
		.digest('hex')
		.slice(0, 16);
	const folder = join(inject('sharedBuilds'), key);
	const done = join(folder, 'build-output.txt');
	const failed = join(folder, 'build-failed.txt');
	let mine = false;
	try {
		mkdirSync(folder); // atomic: exactly one worker builds this variant
		mine = true;
	} catch (error) {
		// EEXIST: another worker is building it, or has. Anything else (no run folder) is a real failure.
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
	}
	if (mine) {
		try {
			// Another content/ is built in a copy of the project that has it (tests/support/build.ts).
			const project = content ? projectWithContent(content) : undefined;
			if (project) writeFileSync(join(folder, 'project-dir.txt'), project);
			// Two builds of this project at once share its .astro/ folder, where Astro writes the chunks it
			// prerenders from: one deleted the other's ("Cannot find module .astro/.prerender/chunks/…")
			// on a busy machine. Builds of this project take turns; a copy of it has a folder of its own.
			const built = project
				? buildShapedBy(`explainer-shared-${key}-`, env, project)
				: await oneAtATime(join(inject('sharedBuilds'), 'project-build.lock'), () => buildShapedBy(`explainer-shared-${key}-`, env));
			writeFileSync(join(folder, 'out-dir.txt'), built.outDir);
			writeFileSync(done, built.output);
			return built;
		} catch (error) {
			writeFileSync(failed, String(error));
			throw error;
		}
	}
	await new Promise<void>((resolve, reject) => {
		const check = () => {
			if (existsSync(failed)) reject(new Error(`the shared build failed in another test file:\n${readFileSync(failed, 'utf8')}`));
			else if (existsSync(done)) resolve();
			else setTimeout(check, 250);
		};
		check();
	});
	return { outDir: readFileSync(join(folder, 'out-dir.txt'), 'utf8'), output: readFileSync(done, 'utf8') };
}

/** Runs `work` while holding a lock folder that every worker of the run sees: one at a time. */
async function oneAtATime<T>(lock: string, work: () => T): Promise<T> {
	for (;;) {
		try {
			mkdirSync(lock); // atomic: the worker that makes it holds the lock
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
	}
	try {
		return work();
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
}

/** The shaping variables this shell would give `npm run build`, so a test can ask for the same build as dist/. */
export function shellShaping(): Record<string, string> {
	const env = buildEnv();
	return Object.fromEntries(shaping.flatMap((name) => (env[name] ? [[name, env[name]!]] : [])));
}
