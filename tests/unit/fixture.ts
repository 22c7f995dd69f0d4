import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixture = fileURLToPath(new URL('../fixtures/content', import.meta.url));

/**
 * Copies the known-good fixture content into a fresh folder and applies edits, each replacing
 * one string in one file, so a test states exactly which mistake it introduces. `added` writes
 * whole new files (a content/redirects.yaml, say), keyed by their path under content/.
 */
export function contentWith(edits: { file: string; find: string; replace: string }[] = [], added: Record<string, string> = {}): string {
	const root = mkdtempSync(join(tmpdir(), 'explainer-content-'));
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
