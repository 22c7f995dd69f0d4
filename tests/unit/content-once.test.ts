import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import type { DataStore, LoaderContext } from 'astro/loaders';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified as pipeline } from 'unified';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { contentModel } from '../../src/content/load';
import { modelLoader, type CollectionName } from '../../src/content/loaders';
import { ParsedBodies, parseBody, type BodySyntax } from '../../src/content/parse';
import type { ContentModel } from '../../src/content/read';
import { siteMarkdown } from '../../src/markdown/processor';
import { remarkParsedBodies } from '../../src/markdown/remark-parsed-bodies';
import { bookSchema, chapterSchema } from '../../src/schemas/chapter';
import { factSchema } from '../../src/schemas/fact';
import { foreignRuleSchema } from '../../src/schemas/foreign-rule';
import { glossaryTermSchema } from '../../src/schemas/glossary';
import { kitSchema } from '../../src/schemas/kit';
import { proseSchema } from '../../src/schemas/page';
import { sectionSchema } from '../../src/schemas/section';
import { sourceSchema } from '../../src/schemas/source';
import { timelineEventSchema } from '../../src/schemas/timeline';
import { contentWith } from './fixture';

// One build reads each content file once, runs each schema's transforms once, and parses each
// Markdown or MDX body once: the reader (src/content/read.ts) does all three before Astro starts,
// Astro's collections are filled from its model (src/content/loaders.ts), and Astro's compilers
// start from its trees (src/markdown/remark-parsed-bodies.ts). Here the same steps run in process
// on the fixture, counting reads of content files and calls of the two transforms.

/** An entry as a loader hands it to Astro's data store. */
type StoredEntry = Parameters<DataStore['set']>[0];

const realFs = await vi.importActual<typeof import('node:fs')>('node:fs');
const counts = vi.hoisted(() => ({ reads: new Map<string, number>(), quotes: 0, pinyin: 0 }));

vi.mock('node:fs', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs')>();
	const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
		counts.reads.set(String(path), (counts.reads.get(String(path)) ?? 0) + 1);
		return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
	}) as typeof fs.readFileSync;
	return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});
// Curly quotes for every string a page shows, and pinyin for every Chinese name: each call counted.
vi.mock('../../src/schemas/prose-text', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../src/schemas/prose-text')>();
	const smartQuotes = (text: string) => {
		counts.quotes += 1;
		return real.smartQuotes(text);
	};
	return { ...real, smartQuotes, prose: (schema: Parameters<typeof real.prose>[0]) => schema.transform(smartQuotes) };
});
vi.mock('../../src/schemas/pinyin', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../src/schemas/pinyin')>();
	return {
		...real,
		displayPinyin: (...args: Parameters<typeof real.displayPinyin>) => {
			counts.pinyin += 1;
			return real.displayPinyin(...args);
		},
	};
});

const schemas: Record<CollectionName, Parameters<typeof modelLoader>[1]> = {
	sections: sectionSchema,
	glossary: glossaryTermSchema,
	timeline: timelineEventSchema,
	facts: factSchema,
	foreignRules: foreignRuleSchema,
	sources: sourceSchema,
	book: bookSchema,
	chapters: chapterSchema,
	pages: proseSchema,
	kits: kitSchema,
};

/** What Astro gives a loader, with a data store in a Map and a parseData that must never be called. */
function loaderContext(collection: string, root: URL, markdown: ReturnType<typeof siteMarkdown>) {
	const entries = new Map<string, StoredEntry>();
	const renderer = markdown.createRenderer({ syntaxHighlight: false });
	const context = {
		collection,
		config: { root },
		store: {
			set: (entry: StoredEntry) => entries.set(entry.id, entry) && true,
			clear: () => entries.clear(),
			get: (id: string) => entries.get(id),
		},
		parseData: () => {
			throw new Error(`the ${collection} loader asked Astro to validate an entry again`);
		},
		// As Astro's content layer renders Markdown for a loader (ContentLayer#processMarkdown).
		renderMarkdown: async (text: string, options?: { fileURL?: URL }) => {
			const { frontmatter, content } = parseFrontmatter(text);
			const { code, metadata } = await (await renderer).render(content, { frontmatter, fileURL: options?.fileURL });
			return { html: code, metadata };
		},
	} as unknown as LoaderContext;
	return { context, entries };
}

describe('content read once', { timeout: 120_000 }, () => {
	let contentDir: string;
	let model: ContentModel;
	let afterReading: { reads: Record<string, number>; quotes: number; pinyin: number };
	const collections = new Map<CollectionName, Map<string, StoredEntry>>();
	let markdown: ReturnType<typeof siteMarkdown>;

	beforeAll(async () => {
		contentDir = contentWith();
		counts.reads.clear();
		counts.quotes = 0;
		counts.pinyin = 0;
		// As astro.config.mjs does before Astro starts.
		model = contentModel(contentDir);
		afterReading = { reads: Object.fromEntries(counts.reads), quotes: counts.quotes, pinyin: counts.pinyin };
		// As the collections of src/content.config.ts then load, in the same process.
		markdown = siteMarkdown(model, '/');
		const root = pathToFileURL(join(contentDir, '..', '/'));
		for (const name of Object.keys(schemas) as CollectionName[]) {
			const { context, entries } = loaderContext(name, root, markdown);
			await modelLoader(name, schemas[name]).load(context);
			collections.set(name, entries);
		}
	});

	it('reads each content file once, before Astro starts, and the collections read none', () => {
		const files = (readdirSync(contentDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => /\.(ya?ml|mdx?)$/.test(f));
		const once = Object.fromEntries(files.map((f) => [join(contentDir, f), 1]));
		expect(afterReading.reads).toEqual(once);
		expect(Object.fromEntries(counts.reads)).toEqual(once);
	});

	it('runs the schemas’ transforms once: the collections hold the model’s values and never ask Astro to validate', () => {
		expect(afterReading.quotes).toBeGreaterThan(0);
		expect(afterReading.pinyin).toBeGreaterThan(0);
		expect({ quotes: counts.quotes, pinyin: counts.pinyin }).toEqual({ quotes: afterReading.quotes, pinyin: afterReading.pinyin });
		const law = model.glossary.get('test-law')!;
		expect(collections.get('glossary')!.get('test-law')?.data.pinyin).toBe(law.value.pinyin);
		expect(collections.get('sources')!.get(model.sources.keys().next().value!)?.data).toBe(model.sources.values().next().value!.value);
		// Every entry of every collection, under the id and file the model gives it.
		const files = (name: CollectionName) => [...collections.get(name)!.values()].map((e) => `${e.id} ${e.filePath}`);
		expect(files('sections')).toEqual(model.sections.map((s) => `${s.value.id} ${s.file}`));
		expect(files('glossary')).toEqual([...model.glossary.values()].map((g) => `${g.value.id} ${g.file}`));
		expect(files('timeline')).toEqual(model.timeline.map((t) => `${t.value.id} ${t.file}`));
		expect(files('book')).toEqual(model.book.map((b) => `${b.value.id} ${b.file}`));
		expect(files('kits')).toEqual(model.kits.map((k) => `${k.value.id} ${k.file}`));
	});

	it('compiles each Markdown and MDX body from the tree the reader parsed, to the same output as a fresh parse', async () => {
		const root = join(contentDir, '..');
		// The same pipeline without the hand-over: each compiler parses the file itself, as Astro's would.
		const parsing = unified({ ...markdown.options, remarkPlugins: [] });
		const compile = (processor: typeof markdown) =>
			processor.createMdxRenderer!({ syntaxHighlight: false }, { optimize: false, srcDir: pathToFileURL(join(root, 'src/')) });
		const [reusing, parsingMdx] = await Promise.all([compile(markdown), compile(parsing)]);
		const pages = [...model.sections, ...model.pages];
		for (const page of pages) {
			const path = join(root, page.file);
			// As @astrojs/mdx hands a file to its compiler: the front matter blanked out with spaces.
			const { frontmatter, content } = parseFrontmatter(readText(path), { frontmatter: 'empty-with-spaces' });
			const [a, b] = await Promise.all([reusing.process(content, path, frontmatter), parsingMdx.process(content, path, frontmatter)]);
			expect(a.code, page.file).toBe(b.code);
		}
		// The glossary was rendered as its collection loaded; the same entry parsed afresh renders alike.
		const entry = [...model.glossary.values()][0]!;
		const path = join(root, entry.file);
		const again = await (
			await parsing.createRenderer({ syntaxHighlight: false })
		).render(parseFrontmatter(readText(path), { frontmatter: 'empty-with-spaces' }).content, { fileURL: pathToFileURL(path) });
		expect(collections.get('glossary')!.get(entry.value.id)?.rendered?.html).toBe(again.code);
		// The reused compiler took every body from the reader, and parsed none of them again.
		const bodies = [...model.glossary.values(), ...pages].map((e) => e.file).sort();
		expect(model.bodies.taken.map((p) => relative(root, p)).sort()).toEqual(bodies);
		expect(model.bodies.parsedAgain).toEqual([]);
	});

	it('parses as Astro’s compilers do, GFM and MDX syntax alike, so a handed-over tree compiles as a fresh parse would', async () => {
		const sample = [
			'| Rule | Deadline |',
			'| --- | --- |',
			'| ~~Draft~~ | www.example.org, 1 hour[^1] |',
			'',
			'- [x] done',
			'',
			'"Quoted," it said -- <abbr title="Cyberspace Administration">CAC</abbr> {1 + 1}',
			'',
			'[^1]: A footnote.',
			'',
		].join('\n');
		for (const syntax of ['md', 'mdx'] as BodySyntax[]) {
			const document = syntax === 'md' ? sample.replace(' {1 + 1}', '') : sample;
			const path = `/site/notes/sample.${syntax}`;
			const bodies = new ParsedBodies();
			bodies.record(path, document, syntax, parseBody(document, syntax));
			const handing = unified({ ...markdown.options, remarkPlugins: [[remarkParsedBodies, { bodies }]] });
			const parsing = unified({ ...markdown.options, remarkPlugins: [] });
			const out = async (processor: typeof markdown) =>
				syntax === 'md'
					? (await processor.createRenderer({ syntaxHighlight: false }))
							.render(document, { fileURL: pathToFileURL(path) })
							.then((r) => r.code)
					: (await processor.createMdxRenderer!({ syntaxHighlight: false }, { optimize: false, srcDir: new URL('file:///site/src/') }))
							.process(document, path, {})
							.then((r) => r.code);
			const [handed, parsed] = [await out(handing), await out(parsing)];
			expect(bodies.taken, syntax).toEqual([path]);
			expect(handed, syntax).toBe(parsed);
		}
	});

	it('hands a tree only to a compiler that reads GFM, as the reader does, whatever the order of its plugins', () => {
		const document = '| Rule | ~~Draft~~ |\n| --- | --- |\n| a | b |\n';
		const path = '/site/notes/table.md';
		const compile = (gfm: 'none' | 'after the hand-over') => {
			const bodies = new ParsedBodies();
			bodies.record(path, document, 'md', parseBody(document, 'md'));
			const processor = pipeline().use(remarkParse).use(remarkParsedBodies, { bodies });
			const tree = (gfm === 'none' ? processor : processor.use(remarkGfm)).parse(new VFile({ path, value: document }));
			return { taken: bodies.taken, first: tree.children[0]?.type };
		};
		// Without GFM the text is a paragraph, not the reader's table: that compiler parses it itself.
		expect(compile('none')).toEqual({ taken: [], first: 'paragraph' });
		expect(compile('after the hand-over')).toEqual({ taken: [path], first: 'table' });
	});
});

/** A file's text, as Astro's compilers read it: past the counter, which counts the site's reads. */
const readText = (path: string) => realFs.readFileSync(path, 'utf8');
