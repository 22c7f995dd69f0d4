import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

const fixture = fileURLToPath(new URL('../fixtures/content', import.meta.url));

/** The copies this test file made, removed when its tests are done. */
const copies = new Set<string>();

// Registered as the importing test file is collected, so it belongs to that file: once its tests
// (and their own hooks) are done, its copies go, and a run leaves the temporary folder as it was.
// A test may keep a copy until then (read it in a later test, or build from it); none needs it longer.
afterAll(() => {
	for (const root of copies) rmSync(root, { recursive: true, force: true });
	copies.clear();
});

/**
 * Copies the known-good fixture content into a fresh folder and applies edits, each replacing
 * one string in one file, so a test states exactly which mistake it introduces. `added` writes
 * whole new files (a content/redirects.yaml, say), keyed by their path under content/. The copy
 * lasts until the calling test file's tests are done.
 */
export function contentWith(edits: { file: string; find: string; replace: string }[] = [], added: Record<string, string> = {}): string {
	const root = mkdtempSync(join(tmpdir(), 'explainer-content-'));
	copies.add(root);
	const dir = join(root, 'content');
	cpSync(fixture, dir, { recursive: true });
	for (const [file, text] of Object.entries(added)) writeFileSync(join(dir, file), text);
	for (const { file, find, replace } of edits) {
		const path = join(dir, file);
		const text = readFileSync(path, 'utf8');
		if (!text.includes(find)) throw new Error(`fixture edit: "${find}" not found in ${file}`);
		writeFileSync(path, text.replace(find, replace));
	}
	return dir;
}
