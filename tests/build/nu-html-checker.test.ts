import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, htmlPages, requireDist } from '../support/dist';

// The W3C Nu HTML Checker (what validator.w3.org runs), beside html-validate: it parses as
// browsers do, so it finds what a linter of well-formed markup cannot, such as a <script> written
// after </html>. One Java run checks every page, then each page reports its own errors.

interface NuMessage {
	type: string;
	url: string;
	lastLine?: number;
	lastColumn?: number;
	message: string;
	extract?: string;
}

const pages = htmlPages(distDir);
/** The jar's path: what the vnu-jar package exports. */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/** Runs vnu.jar once over `files`; its JSON report lists errors only. Java is Debian's default-jre-headless. */
async function checkAll(files: string[]): Promise<NuMessage[]> {
	const run = promisify(execFile);
	const args = ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', ...files];
	// vnu exits with 1 when it finds errors; the report is on stdout either way.
	const { stdout } = await run('java', args, { maxBuffer: 64 * 1024 * 1024 }).catch((error: { code?: unknown; stdout?: string }) => {
		if (error.code === 'ENOENT')
			throw new Error('No Java found: the Nu HTML Checker needs one (Debian: apt-get install -y default-jre-headless)');
		if (!error.stdout) throw error;
		return { stdout: error.stdout };
	});
	// vnu writes file URLs as "file:/path"; normalized, they compare with pathToFileURL's "file:///path".
	return (JSON.parse(stdout) as { messages: NuMessage[] }).messages.map((m) => ({ ...m, url: new URL(m.url).href }));
}

describe('the Nu HTML Checker on every built page', () => {
	requireDist();
	let messages: NuMessage[] = [];
	beforeAll(async () => {
		messages = await checkAll(pages.map((p) => p.file));
	});

	it('checks every page (a report that names no page would prove nothing)', () => {
		expect(pages.length).toBeGreaterThan(40);
		// Any message for a file outside the build means the paths were not the ones passed in.
		const known = new Set(pages.map((p) => pathToFileURL(p.file).href));
		expect(messages.filter((m) => !known.has(m.url)).map((m) => m.url)).toEqual([]);
	});

	for (const { path, file } of pages) {
		it(`${path} has no errors`, () => {
			const url = pathToFileURL(file).href;
			const errors = messages
				.filter((m) => m.url === url && m.type !== 'info')
				.map((m) => `${m.lastLine ?? 0}:${m.lastColumn ?? 0} ${m.message}${m.extract ? ` in “${m.extract.trim()}”` : ''}`);
			expect(errors).toEqual([]);
		});
	}
});
