import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, requireDist } from '../support/dist';
import { sharedBuild, shellShaping } from '../support/shared-build';

const files = (dir: string) =>
	(readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
		.filter((d) => d.isFile())
		.map((d) => join(d.parentPath, d.name).slice(dir.length))
		.sort();

// The same commit must build to the same bytes: no clocks, no random ids, no machine paths.
describe('a second build of the same commit', () => {
	requireDist();
	it('is byte-identical to dist/', async () => {
		// Built as `npm run build` built dist/, and shared with any test that asks for the same build
		// (the address test's no-address build, when this shell sets no address).
		const again = (await sharedBuild(shellShaping())).outDir;
		expect(files(again)).toEqual(files(distDir));
		const differing = files(distDir).filter((f) => !readFileSync(join(distDir, f)).equals(readFileSync(join(again, f))));
		expect(differing).toEqual([]);
	});
});
