import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Global setup of the site tests: a folder where tests/support/shared-build.ts keeps the builds
 * files share during this run; afterwards, every such build and the folder are removed.
 */
export default function setup(project: TestProject) {
	const index = mkdtempSync(join(tmpdir(), 'explainer-test-run-'));
	project.provide('sharedBuilds', index);
	return () => {
		for (const entry of existsSync(index) ? readdirSync(index) : []) {
			const outDir = join(index, entry, 'out-dir.txt');
			if (existsSync(outDir)) rmSync(dirname(readFileSync(outDir, 'utf8')), { recursive: true, force: true });
			const project = join(index, entry, 'project-dir.txt');
			if (existsSync(project)) rmSync(readFileSync(project, 'utf8'), { recursive: true, force: true });
		}
		rmSync(index, { recursive: true, force: true });
	};
}
