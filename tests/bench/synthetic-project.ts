import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { projectRoot } from './build-run';

/** What a temporary project copy holds, to report with its build. */
export interface SyntheticProject {
	root: string;
	sections: number;
	glossaryTerms: number;
}

// package-lock.json too: the search index's version tag is read from it (src/integrations/search-index.ts).
const copied = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

/**
 * A temporary copy of the project whose content is the real content × `scale`: every section and
 * every glossary entry `scale` times, so the term linker, the pages and Pagefind all see N times
 * the work. /work/main/content is only read.
 *
 * node_modules is a folder of symlinks to the real packages rather than one symlink, so that
 * Astro's and Vite's caches (node_modules/.astro, node_modules/.vite) are the copy's own: builds of
 * different content must never share or overwrite a cache other people's builds use.
 */
export function makeSyntheticProject(scale: number): SyntheticProject {
	const root = mkdtempSync(join(tmpdir(), `bench-x${scale}-`));
	for (const entry of copied) cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
	mkdirSync(join(root, 'node_modules'));
	for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
		if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
		symlinkSync(join(projectRoot, 'node_modules', entry), join(root, 'node_modules', entry));
	}
	const glossaryDir = join(root, 'content/glossary');
	const sectionsDir = join(root, 'content/sections/chapter-5');
	const terms = readdirSync(glossaryDir).filter((f) => f.endsWith('.md')).sort();
	const sections = readdirSync(sectionsDir).filter((f) => f.endsWith('.mdx')).sort();
	// The timeline grows with the glossary: each copy of a term has copies of its events, so its
	// status dates match events that list it, as the content checks require.
	const timelineFile = join(root, 'content/timeline.yaml');
	const events = parse(readFileSync(timelineFile, 'utf8')) as Data[];
	const copies: Data[] = [];
	for (let k = 2; k <= scale; k++) copies.push(...events.map((e) => copyEvent(e, k)));
	writeFileSync(timelineFile, stringify([...events, ...copies]));
	for (let k = 2; k <= scale; k++) {
		const names: string[] = [];
		for (const file of terms) {
			const { data, body } = splitFile(readFileSync(join(glossaryDir, file), 'utf8'));
			writeFileSync(join(glossaryDir, file.replace(/\.md$/, `-x${k}.md`)), joinFile(copyTerm(data, k), body));
			if (data.autolink !== false) names.push(`${String(data.term)} x${k}`);
		}
		sections.forEach((file, i) => {
			const { data, body } = splitFile(readFileSync(join(sectionsDir, file), 'utf8'));
			// Each copy mentions its share of the copied terms, so those are linked (and carded) too.
			const mine = names.filter((_, n) => n % sections.length === i);
			const extra = `\n\n<Analysis>\n\nCopy ${k} of this page also discusses ${mine.join(', ')}.\n\n</Analysis>\n`;
			writeFileSync(join(sectionsDir, file.replace(/\.mdx$/, `-x${k}.mdx`)), joinFile(copySection(data, k, sections.length), `${body.trimEnd()}${extra}`));
		});
	}
	return { root, sections: sections.length * scale, glossaryTerms: terms.length * scale };
}

type Data = Record<string, unknown>;
const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const suffixAll = (list: unknown, suffix: (s: string) => string) => (Array.isArray(list) ? list.map((s) => suffix(String(s))) : list);

/**
 * Every name a term can be matched or searched by gets a copy suffix: two terms may not share a
 * name. Its related entries and relations are those of its own copy, as its events are, so each
 * copy is a site of its own: content that grows has more entries, not originals that every copy
 * relates to (a map whose few boxes carry a hundred arrows each).
 */
function copyTerm(data: Data, k: number): Data {
	const en = (s: string) => `${s} x${k}`;
	const zh = (s: string) => `${s}第${k}`;
	const id = (s: unknown) => `${String(s)}-x${k}`;
	// An author's pinyin no longer reads like the suffixed Chinese name: let the build generate it.
	const { pinyin: _pinyin, ...rest } = data;
	return {
		...rest,
		term: en(String(data.term)),
		...(data.abbr ? { abbr: `${String(data.abbr)}X${k}` } : {}),
		aliases: suffixAll(data.aliases ?? [], en),
		...(data.zh ? { zh: zh(String(data.zh)) } : {}),
		zhAliases: suffixAll(data.zhAliases ?? [], zh),
		variants: Array.isArray(data.variants) ? data.variants.map((v: Data) => ({ ...v, text: en(String(v.text)) })) : [],
		...(Array.isArray(data.related) ? { related: data.related.map(id) } : {}),
		...(Array.isArray(data.relations) ? { relations: data.relations.map((r: Data) => ({ ...r, term: id(r.term) })) } : {}),
		...(isData(data.status) && data.status.replacedBy ? { status: { ...data.status, replacedBy: id(data.status.replacedBy) } } : {}),
	};
}

/** An event about the k-th copies of its terms, with its own id. */
function copyEvent(event: Data, k: number): Data {
	const id = (s: unknown) => `${String(s)}-x${k}`;
	return {
		...event,
		id: id(event.id),
		title: `${String(event.title)} x${k}`,
		...(Array.isArray(event.terms) ? { terms: event.terms.map(id) } : {}),
		...(event.after ? { after: id(event.after) } : {}),
	};
}

/** A unique title and order; the short title stays within the schema's 40 characters. */
function copySection(data: Data, k: number, perCopy: number): Data {
	const tag = ` x${k}`;
	return {
		...data,
		title: `${String(data.title)}${tag}`,
		shortTitle: `${String(data.shortTitle).slice(0, 40 - tag.length)}${tag}`,
		order: Number(data.order) + (k - 1) * perCopy,
	};
}

function splitFile(text: string): { data: Data; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
	if (!match) throw new Error('content file without front matter');
	return { data: parse(match[1]!) as Data, body: text.slice(match[0].length) };
}

const joinFile = (data: Data, body: string) => `---\n${stringify(data)}---\n${body}`;
