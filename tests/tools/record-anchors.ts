// `npm run anchors:record`: adds the anchors of the current build to content/published-anchors.json.
// It never removes one: an anchor that disappears needs an entry in content/redirects.yaml instead
// (tests/build/anchors.test.ts says which).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { distDir, requireDist } from '../support/dist.ts';
import { publishedAnchors, type AnchorManifest } from '../support/anchors.ts';

const manifestPath = fileURLToPath(new URL('../../content/published-anchors.json', import.meta.url));
requireDist();
const old: AnchorManifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
const now = publishedAnchors(distDir);
const merged: AnchorManifest = {};
let added = 0;
for (const page of [...new Set([...Object.keys(old), ...Object.keys(now)])].sort()) {
	const ids = new Set([...(old[page] ?? []), ...(now[page] ?? [])]);
	added += ids.size - (old[page]?.length ?? 0);
	merged[page] = [...ids].sort();
}
writeFileSync(manifestPath, `${JSON.stringify(merged, null, '\t')}\n`);
console.log(`${manifestPath}: ${Object.keys(merged).length} pages, ${added} anchors added`);
