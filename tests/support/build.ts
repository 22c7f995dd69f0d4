import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the site into a fresh temporary directory with extra environment variables (SITE_BASE,
 * SITE_URL) and returns that directory. Takes as long as `npm run build`.
 */
export function buildInTempDir(prefix: string, env: Record<string, string>): string {
	const outDir = join(mkdtempSync(join(tmpdir(), prefix)), 'dist');
	execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: root,
		env: { ...buildEnv(), ...env, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: 'pipe',
	});
	return outDir;
}
