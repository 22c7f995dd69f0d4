import { execFile, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The environment a reader's `npm run build` would have. Vitest puts Vite's import.meta.env values
 * (BASE_URL="/", MODE="test", …) into process.env, and a child Astro build would obey them.
 */
export function buildEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of Object.keys(env)) if (/^(VITEST|VITE_)|^(BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV)$/.test(key)) delete env[key];
	return env;
}

/** The variables a build takes the site's address from (src/site/origin.ts). */
export const originVariables = ['SITE_URL', 'URL', 'CF_PAGES_URL', 'VERCEL_PROJECT_PRODUCTION_URL'] as const;

/** Every variable that changes what a build writes: its address, its sub-path, where error reports go. */
export const shapingVariables = [...originVariables, 'SITE_BASE', 'SITE_ISSUES_URL', 'SITE_REPORT_EMAIL'] as const;

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface TempBuild {
	outDir: string;
	/** What `astro build` printed (standard output and error). */
	output: string;
}

function build(prefix: string, env: NodeJS.ProcessEnv, project = root): TempBuild {
	const outDir = join(mkdtempSync(join(tmpdir(), prefix)), 'dist');
	const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: project,
		env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	// Astro logs to both streams; a reader of the build log sees both.
	const output = `${run.stdout}${run.stderr}`;
	if (run.status !== 0) {
		// Nobody will read a failed build's folder, and no one else knows where it is.
		rmSync(dirname(outDir), { recursive: true, force: true });
		throw new Error(`astro build failed (${run.error?.message ?? `exit ${run.status}`}):\n${output.slice(-4000)}`);
	}
	return { outDir, output };
}

/**
 * A build of `project` (this one unless told) shaped by exactly `env`: any shaping variable this shell has (a CI that sets URL, say)
 * is dropped first, so each build is the one its test names.
 */
export function buildShapedBy(prefix: string, env: Partial<Record<(typeof shapingVariables)[number], string>>, project = root): TempBuild {
	const base = buildEnv();
	for (const name of shapingVariables) delete base[name];
	return build(prefix, { ...base, ...env }, project);
}

/**
 * A temporary copy of the project whose content/ is `contentDir` (a broken fixture copy, say), so
 * a test can run the real `astro build` on it. node_modules is a folder of links to the real
 * packages, so Astro's and Vite's caches stay the copy's own.
 */
export function projectWithContent(contentDir: string): string {
	const copy = mkdtempSync(join(tmpdir(), 'explainer-project-'));
	for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'])
		cpSync(join(root, entry), join(copy, entry), { recursive: true });
	cpSync(contentDir, join(copy, 'content'), { recursive: true });
	mkdirSync(join(copy, 'node_modules'));
	for (const entry of readdirSync(join(root, 'node_modules'))) {
		if (!['.astro', '.vite', '.cache'].includes(entry)) symlinkSync(join(root, 'node_modules', entry), join(copy, 'node_modules', entry));
	}
	return copy;
}

/** Runs `astro build` in `project`; resolves with its exit code and everything it printed. */
export function astroBuildIn(project: string): Promise<{ code: number; output: string }> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(project, 'dist')],
			{ cwd: project, env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' }, maxBuffer: 32 * 1024 * 1024 },
			(error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
		);
	});
}
