import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import type { z } from 'astro/zod';
import { bookSchema, chapterSchema, type Chapter } from '../schemas/chapter';
import { glossaryTermSchema, type GlossaryTerm } from '../schemas/glossary';
import { idSchema } from '../schemas/ids';
import { proseSchema } from '../schemas/page';
import { redirectSchema, type Redirect } from '../schemas/redirect';
import { sectionSchema, type Section } from '../schemas/section';
import { sourceSchema, type Source } from '../schemas/source';
import { timelineEventSchema, type TimelineEvent } from '../schemas/timeline';
import type { Problem } from './problems';
import { parseYaml, splitFrontmatter, type YamlSource } from './yaml-source';

/** A parsed value together with where it came from, so later checks can point at a line. */
export interface Located<T> {
	value: T;
	file: string;
	lineOf(path: readonly PropertyKey[]): number;
}

export type GlossaryEntry = GlossaryTerm & { id: string };
export type SectionEntry = Section & { id: string; body: string };

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** Everything in content/, parsed with the same schemas the Astro collections use. */
export interface ContentModel {
	sources: Map<string, Located<Source>>;
	glossary: Map<string, Located<GlossaryEntry>>;
	timeline: Located<TimelineEvent>[];
	chapters: Map<string, Located<Chapter>>;
	book: Located<z.infer<typeof bookSchema>>[];
	sections: Located<SectionEntry>[];
	pages: Located<z.infer<typeof proseSchema> & { id: string; body: string }>[];
	/** Moved anchors; an absent content/redirects.yaml means none. */
	redirects: Redirect[];
}

/**
 * Reads and validates every file under `contentDir`. Shape errors are collected, not thrown, so an
 * editor sees all of them at once; cross-references are checked separately in check.ts.
 */
export function readContent(contentDir: string, root = join(contentDir, '..')): {
	model: ContentModel;
	problems: Problem[];
} {
	const problems: Problem[] = [];
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
			problems.push({
				file,
				line: src.lineOf(path),
				field: field || undefined,
				message: missing ? `required field "${field}" is missing` : issue.message,
				fix: missing ? `add "${field}:" (see its comment in src/schemas/)` : 'correct the value; the schemas in src/schemas/ document each field',
			});
		}
		return undefined;
	}

	function readYamlFile(path: string, firstLine = 1, text = readFileSync(path, 'utf8')): YamlSource {
		const src = parseYaml(text, firstLine);
		for (const e of src.errors) {
			problems.push({ file: rel(path), line: e.line, message: `YAML error: ${e.message}`, fix: 'fix the YAML syntax' });
		}
		return src;
	}

	/** A YAML file holding a list of entries, each with an `id` (the shape of Astro's file() loader). */
	function readList<S extends z.ZodType>(path: string, schema: S): Located<z.infer<S>>[] {
		if (!existsSync(path)) {
			problems.push({ file: rel(path), line: 0, message: 'file is missing', fix: 'create it; see README.md, "Content"' });
			return [];
		}
		const src = readYamlFile(path);
		const file = rel(path);
		const items = Array.isArray(src.data) ? src.data : [];
		if (!Array.isArray(src.data)) {
			problems.push({ file, line: 1, message: 'expected a YAML list of entries', fix: 'start each entry with "- id: …"' });
		}
		const out: Located<z.infer<S>>[] = [];
		items.forEach((item, index) => {
			const value = validate(schema, item, src, file, [index]);
			if (value !== undefined) out.push({ value, file, lineOf: (p) => src.lineOf([index, ...p]) });
		});
		return out;
	}

	/** A folder of Markdown/MDX files whose front matter follows `schema`; the id is the path without extension. */
	function readFolder<S extends z.ZodType>(dir: string, exts: string[], schema: S) {
		const out: Located<z.infer<S> & { id: string; body: string }>[] = [];
		if (!existsSync(dir)) return out;
		for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
			if (!exts.includes(extname(name)) || basename(name).startsWith('_')) continue;
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
			const src = readYamlFile(path, parts.firstLine, parts.yaml);
			const value = validate(schema, src.data ?? {}, src, file);
			if (value !== undefined) out.push({ value: { ...value, id, body: parts.body }, file, lineOf: src.lineOf });
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

	const bookPath = join(contentDir, 'book', 'book.yaml');
	const book: Located<z.infer<typeof bookSchema>>[] = [];
	if (existsSync(bookPath)) {
		const src = readYamlFile(bookPath);
		const file = rel(bookPath);
		for (const [key, item] of Object.entries((src.data ?? {}) as Record<string, unknown>)) {
			const value = validate(bookSchema, item, src, file, [key]);
			if (value) book.push({ value, file, lineOf: (p) => src.lineOf([key, ...p]) });
		}
	}

	const model: ContentModel = {
		sources: byId(readList(join(contentDir, 'sources.yaml'), sourceSchema), 'source'),
		timeline: [...byId(readList(join(contentDir, 'timeline.yaml'), timelineEventSchema), 'timeline event').values()],
		chapters: byId(readList(join(contentDir, 'book', 'chapters.yaml'), chapterSchema), 'chapter'),
		book,
		glossary: byId(
			readFolder(join(contentDir, 'glossary'), ['.md'], glossaryTermSchema).map((e) => ({
				...e,
				value: { ...e.value, id: e.value.id } as GlossaryEntry & { body: string },
			})),
			'glossary',
		),
		sections: readFolder(join(contentDir, 'sections'), ['.mdx'], sectionSchema),
		pages: readFolder(join(contentDir, 'pages'), ['.mdx'], proseSchema),
		redirects: existsSync(join(contentDir, 'redirects.yaml')) ? readList(join(contentDir, 'redirects.yaml'), redirectSchema).map((r) => r.value) : [],
	};
	return { model, problems };
}
