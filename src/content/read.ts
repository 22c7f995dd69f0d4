import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import type { z } from 'astro/zod';
import { bookSchema, chapterSchema, type Chapter } from '../schemas/chapter';
import { factSchema, type Fact } from '../schemas/fact';
import { foreignRuleSchema, type ForeignRule } from '../schemas/foreign-rule';
import { glossaryTermSchema, type GlossaryTerm } from '../schemas/glossary';
import { idSchema } from '../schemas/ids';
import { kitSchema, type Kit } from '../schemas/kit';
import { proseSchema } from '../schemas/page';
import { redirectSchema, type Redirect } from '../schemas/redirect';
import { sectionSchema, type Section } from '../schemas/section';
import { sourceSchema, type Source } from '../schemas/source';
import { timelineEventSchema, type TimelineEvent } from '../schemas/timeline';
import { ParsedBodies, type BodySyntax } from './parse';
import type { Problem } from './problems';
import { checkProse } from './prose';
import { parseYaml, splitFrontmatter, type YamlSource } from './yaml-source';

/** YAML errors shown per file: the first usually causes the rest, so more would only bury it. */
const YAML_ERRORS_SHOWN = 3;

/** A parsed value together with where it came from, so later checks can point at a line. */
export interface Located<T> {
	value: T;
	file: string;
	lineOf(path: readonly PropertyKey[]): number;
}

export type GlossaryEntry = GlossaryTerm & { id: string };
/** A moved anchor, with the line of content/redirects.yaml where it is listed. */
export type LocatedRedirect = Redirect & { file: string; line: number };
export type SectionEntry = Section & { id: string; body: string };
/** The book's one record in content/book/book.yaml, under its key. */
export type BookEntry = z.infer<typeof bookSchema> & { id: string };
/** A section's teaching kit; its id is the section's ("chapter-5/overview"). */
export type KitEntry = Kit & { id: string };

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/**
 * Ids of entries that exist but failed their schema, by collection. They are absent from the model,
 * yet a reference to one is not "unknown": the entry's own problem is reported, and its
 * consequences are not. "timeline" and "sections" hold an id only if the entry's id could be read.
 */
export type InvalidEntries = Record<'sources' | 'glossary' | 'chapters' | 'timeline' | 'sections' | 'facts' | 'foreignRules', Set<string>>;
export const noInvalidEntries = (): InvalidEntries => ({
	facts: new Set(),
	foreignRules: new Set(),
	sources: new Set(),
	glossary: new Set(),
	chapters: new Set(),
	timeline: new Set(),
	sections: new Set(),
});

/**
 * Everything in content/, read from disk once and validated once: Astro's collections are filled
 * from it (src/content/loaders.ts), and its schemas' transforms (curly quotes, pinyin) have run.
 */
export interface ContentModel {
	sources: Map<string, Located<Source>>;
	/** Deadlines, fines and thresholds, each stated once (content/facts.yaml). */
	facts: Map<string, Located<Fact>>;
	/** Rules outside China that /compare/ sets beside China's, each with its status once (content/foreign-rules.yaml). */
	foreignRules: Map<string, Located<ForeignRule>>;
	glossary: Map<string, Located<GlossaryEntry & { body: string }>>;
	timeline: Located<TimelineEvent>[];
	chapters: Map<string, Located<Chapter>>;
	book: Located<BookEntry>[];
	sections: Located<SectionEntry>[];
	pages: Located<z.infer<typeof proseSchema> & { id: string; body: string }>[];
	/** Moved anchors; an absent content/redirects.yaml means none. */
	redirects: LocatedRedirect[];
	/** The Markdown and MDX bodies, parsed once: Astro's compilers take these trees. */
	bodies: ParsedBodies;
	/** Teaching kits, one per section that has one (content/teach/<chapter>/<slug>.yaml). */
	kits: Located<KitEntry>[];
}

/**
 * Reads and validates every file under `contentDir`. Shape errors are collected, not thrown, so an
 * editor sees all of them at once; cross-references are checked separately in check.ts.
 */
export function readContent(
	contentDir: string,
	root = join(contentDir, '..'),
): {
	model: ContentModel;
	problems: Problem[];
	/** Some YAML could not be parsed: its entries are missing, so checks across files would only report the consequences. */
	unreadable: boolean;
	invalid: InvalidEntries;
} {
	const problems: Problem[] = [];
	const invalid = noInvalidEntries();
	let unreadable = false;
	const rel = (path: string) => relative(root, path).split('\\').join('/');

	function validate<S extends z.ZodType>(
		schema: S,
		data: unknown,
		src: YamlSource,
		file: string,
		basePath: PropertyKey[] = [],
	): z.infer<S> | undefined {
		const result = schema.safeParse(data);
		if (result.success) return result.data;
		for (const issue of result.error.issues) {
			const path = [...basePath, ...issue.path];
			const field = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
			// A custom rule (a refine) explains itself; only a plain absence is "missing".
			const missing = issue.code !== 'custom' && valueAt(data, issue.path) === undefined;
			// A value outside a fixed list names the list, so the fix is in the message an editor reads.
			// Zod's own wording only: a schema's message written for its list is kept.
			const options = !missing && issue.code === 'invalid_value' && issue.message.startsWith('Invalid option') ? issue.values.map(String) : undefined;
			problems.push({
				file,
				line: src.lineOf(path),
				field: field || undefined,
				message: missing
					? `required field "${field}" is missing`
					: options
						? `"${String(valueAt(data, issue.path))}" is not one of the ${field.replace(/^.*\./, '')} values this site knows`
						: issue.message,
				fix: missing
					? `add "${field}:" (see its comment in src/schemas/)`
					: options
						? `write one of: ${options.join(', ')}`
						: 'correct the value; the schemas in src/schemas/ document each field',
			});
		}
		return undefined;
	}

	/**
	 * Parses a YAML file, or front matter. On a syntax error it reports the first few errors and
	 * returns no data: validating what the parser salvaged would bury the one real mistake under
	 * hundreds of its consequences.
	 */
	function readYamlFile(path: string, firstLine = 1, text = readFileSync(path, 'utf8')): YamlSource & { broken: boolean } {
		const src = parseYaml(text, firstLine);
		const lines = text.split('\n');
		const shown = src.errors.slice(0, YAML_ERRORS_SHOWN);
		shown.forEach((e, i) => {
			const more = i === shown.length - 1 ? src.errors.length - shown.length : 0;
			const tab = lines[e.line - firstLine]?.match(/^\s*/)?.[0].includes('\t');
			problems.push({
				file: rel(path),
				line: e.line,
				message: `YAML error: ${e.message}${more > 0 ? ` (and ${more} more YAML ${more === 1 ? 'error' : 'errors'} after it, likely caused by it)` : ''}`,
				fix: tab ? 'YAML indents with spaces, never tabs: replace the tab with spaces' : 'fix the YAML syntax on this line (indentation, a missing colon or quote)',
			});
		});
		if (src.errors.length > 0) unreadable = true;
		return { ...src, broken: src.errors.length > 0 };
	}

	/** A YAML file holding a list of entries, each with an `id` (the shape of Astro's file() loader). */
	function readList<S extends z.ZodType>(path: string, schema: S, collection?: keyof InvalidEntries): Located<z.infer<S>>[] {
		if (!existsSync(path)) {
			problems.push({ file: rel(path), line: 0, message: 'file is missing', fix: 'create it; see README.md, "Content"' });
			return [];
		}
		const src = readYamlFile(path);
		const file = rel(path);
		if (src.broken) return [];
		const items = Array.isArray(src.data) ? src.data : [];
		if (!Array.isArray(src.data)) {
			problems.push({ file, line: 1, message: 'expected a YAML list of entries', fix: 'start each entry with "- id: …"' });
		}
		const out: Located<z.infer<S>>[] = [];
		items.forEach((item, index) => {
			const value = validate(schema, item, src, file, [index]);
			if (value !== undefined) out.push({ value, file, lineOf: (p) => src.lineOf([index, ...p]) });
			else if (collection) invalid[collection].add(String((item as { id?: unknown } | null)?.id ?? ''));
		});
		return out;
	}

	/**
	 * A folder of Markdown/MDX files whose front matter follows `schema`; the id is the path without
	 * extension. Each body is checked too (src/content/prose.ts), and its tree kept for the compiler;
	 * chapter sections must mark every paragraph with a provenance block.
	 */
	function readFolder<S extends z.ZodType>(dir: string, syntax: BodySyntax, schema: S, collection?: keyof InvalidEntries, requireProvenance = false) {
		const out: Located<z.infer<S> & { id: string; body: string }>[] = [];
		if (!existsSync(dir)) return out;
		for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
			if (extname(name) !== `.${syntax}` || basename(name).startsWith('_')) continue;
			const path = join(dir, name);
			const file = rel(path);
			const id = name.slice(0, -extname(name).length).split('\\').join('/');
			const badSegment = id.split('/').find((segment) => !idSchema.safeParse(segment).success);
			if (badSegment !== undefined) {
				problems.push({ file, line: 0, message: `"${badSegment}" in the file name is not a valid id`, fix: 'rename the file with lower-case letters, digits and hyphens' });
				continue;
			}
			const text = readFileSync(path, 'utf8');
			const parts = splitFrontmatter(text);
			if (!parts) {
				problems.push({ file, line: 1, message: 'no front matter', fix: 'start the file with a --- block of fields' });
				continue;
			}
			const prose = checkProse({ file, document: parts.document, bodyLine: parts.bodyLine, syntax, requireProvenance });
			problems.push(...prose.problems);
			if (prose.tree) bodies.record(path, parts.document, syntax, prose.tree);
			const src = readYamlFile(path, parts.firstLine, parts.yaml);
			if (src.broken) continue;
			const value = validate(schema, src.data ?? {}, src, file);
			if (value !== undefined) out.push({ value: { ...value, id, body: parts.body }, file, lineOf: src.lineOf });
			else if (collection) invalid[collection].add(id);
		}
		return out;
	}

	/** A folder of YAML files, one entry each, whose id is the path without extension ("chapter-5/overview"). */
	function readYamlFolder<S extends z.ZodType>(dir: string, schema: S): Located<z.infer<S> & { id: string }>[] {
		const out: Located<z.infer<S> & { id: string }>[] = [];
		if (!existsSync(dir)) return out;
		for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
			if (!['.yaml', '.yml'].includes(extname(name)) || basename(name).startsWith('_')) continue;
			const path = join(dir, name);
			const file = rel(path);
			const id = name.slice(0, -extname(name).length).split('\\').join('/');
			const src = readYamlFile(path);
			if (src.broken) continue;
			const value = validate(schema, src.data ?? {}, src, file);
			if (value !== undefined) out.push({ value: { ...value, id }, file, lineOf: src.lineOf });
		}
		return out;
	}

	const byId = <T extends { id: string }>(items: Located<T>[], what: string) => {
		const map = new Map<string, Located<T>>();
		for (const item of items) {
			const first = map.get(item.value.id);
			if (first) {
				problems.push({
					file: item.file,
					line: item.lineOf(['id']),
					field: 'id',
					message: `duplicate ${what} id "${item.value.id}" (first used at ${first.file}:${first.lineOf(['id'])})`,
					fix: 'give each entry its own id',
				});
			} else map.set(item.value.id, item);
		}
		return map;
	};

	const bodies = new ParsedBodies();
	const bookPath = join(contentDir, 'book', 'book.yaml');
	const book: Located<BookEntry>[] = [];
	if (existsSync(bookPath)) {
		const src = readYamlFile(bookPath);
		const file = rel(bookPath);
		if (!src.broken) for (const [key, item] of Object.entries((src.data ?? {}) as Record<string, unknown>)) {
			const value = validate(bookSchema, item, src, file, [key]);
			if (value) book.push({ value: { ...value, id: key }, file, lineOf: (p) => src.lineOf([key, ...p]) });
		}
	}

	const model: ContentModel = {
		sources: byId(readList(join(contentDir, 'sources.yaml'), sourceSchema, 'sources'), 'source'),
		facts: byId(readList(join(contentDir, 'facts.yaml'), factSchema, 'facts'), 'fact'),
		foreignRules: existsSync(join(contentDir, 'foreign-rules.yaml'))
			? byId(readList(join(contentDir, 'foreign-rules.yaml'), foreignRuleSchema, 'foreignRules'), 'foreign rule')
			: new Map(),
		timeline: [...byId(readList(join(contentDir, 'timeline.yaml'), timelineEventSchema, 'timeline'), 'timeline event').values()],
		chapters: byId(readList(join(contentDir, 'book', 'chapters.yaml'), chapterSchema, 'chapters'), 'chapter'),
		book,
		glossary: byId(
			readFolder(join(contentDir, 'glossary'), 'md', glossaryTermSchema, 'glossary').map((e) => ({
				...e,
				value: { ...e.value, id: e.value.id } as GlossaryEntry & { body: string },
			})),
			'glossary',
		),
		sections: readFolder(join(contentDir, 'sections'), 'mdx', sectionSchema, 'sections', true),
		pages: readFolder(join(contentDir, 'pages'), 'mdx', proseSchema),
		redirects: existsSync(join(contentDir, 'redirects.yaml'))
			? readList(join(contentDir, 'redirects.yaml'), redirectSchema).map((r) => ({ ...r.value, file: r.file, line: r.lineOf([]) }))
			: [],
		bodies,
		kits: readYamlFolder(join(contentDir, 'teach'), kitSchema),
	};
	return { model, problems, unreadable, invalid };
}
