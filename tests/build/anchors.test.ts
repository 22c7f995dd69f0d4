import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { distDir, requireDist } from '../support/dist';
import { allIds, publishedAnchors, type AnchorManifest } from '../support/anchors';
import type { Redirect } from '../../src/schemas/redirect';

const manifest: AnchorManifest = JSON.parse(
	readFileSync(fileURLToPath(new URL('../../content/published-anchors.json', import.meta.url)), 'utf8'),
);
const redirects: Redirect[] = parse(readFileSync(fileURLToPath(new URL('../../content/redirects.yaml', import.meta.url)), 'utf8')) ?? [];

// Links are promises: once an anchor is published (recorded in content/published-anchors.json),
// it must keep working, either where it was or through an entry in content/redirects.yaml.
describe('published anchors', () => {
	requireDist();
	const built = allIds(distDir);

	it('every published page and anchor still resolves, or is redirected to a place that exists', () => {
		const broken: string[] = [];
		for (const [page, ids] of Object.entries(manifest)) {
			const here = built.get(page);
			if (!here) {
				broken.push(`${page}: the page is gone`);
				continue;
			}
			for (const id of ids) {
				if (here.has(id)) continue;
				const moved = redirects.find((r) => r.page === page && r.from === id);
				const [targetPage = page, targetId = ''] = moved
					? moved.to.startsWith('#')
						? [page, moved.to.slice(1)]
						: moved.to.split('#')
					: [];
				if (!moved) broken.push(`${page}#${id}: gone; add { page: ${page}, from: ${id}, to: '#new-id' } to content/redirects.yaml`);
				else if (!built.get(targetPage)?.has(targetId)) broken.push(`${page}#${id}: redirected to ${moved.to}, which does not exist`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('every anchor of the build is recorded, so it is protected from now on', () => {
		const unrecorded: string[] = [];
		for (const [page, ids] of Object.entries(publishedAnchors(distDir))) {
			const known = new Set(manifest[page] ?? []);
			for (const id of ids) if (!known.has(id)) unrecorded.push(`${page}#${id}`);
			if (!(page in manifest)) unrecorded.push(page);
		}
		expect(unrecorded, 'run `npm run anchors:record` and commit content/published-anchors.json').toEqual([]);
	});
});
