import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentModel, reloadContentModel } from './load';
import type { ContentModel, Located } from './read';

// Astro's collections, filled from the content model that src/content/read.ts built before Astro
// started: no file is read again, no schema runs again (its transforms, curly quotes and pinyin,
// ran once), and which files make which collection is decided in one place, read.ts. Astro's own
// glob() and file() loaders would read and validate everything a second time.

/** The collections of src/content.config.ts. */
export type CollectionName = 'sections' | 'glossary' | 'timeline' | 'facts' | 'foreignRules' | 'sources' | 'book' | 'chapters' | 'pages' | 'kits';

/** One entry as Astro's data store holds it. */
interface StoreEntry {
	id: string;
	data: Record<string, unknown>;
	/** From the project root ("content/glossary/cac.md"), as Astro's loaders give it. */
	file: string;
	/** Markdown and MDX files: the body without its front matter, trimmed as Astro's glob() loader keeps it. */
	body?: string;
	/**
	 * How the body becomes HTML. "module": MDX, compiled by @astrojs/mdx when a page renders it
	 * (Astro's deferred rendering, as glob() does for .mdx). "markdown": rendered now, with the
	 * site's Markdown pipeline, as glob() does for .md.
	 */
	render?: 'module' | 'markdown';
}

/** A YAML list entry: its data is the model's value itself, already validated. */
const fromList = ({ value, file }: Located<{ id: string }>): StoreEntry => ({ id: value.id, data: value, file });

/** A Markdown or MDX file: its front matter is the data; the id and body are kept beside it. */
const fromFile =
	(render: StoreEntry['render']) =>
	({ value: { id, body, ...data }, file }: Located<{ id: string; body: string }>): StoreEntry => ({ id, data, file, body: body.trim(), render });

const entriesOf: Record<CollectionName, (model: ContentModel) => StoreEntry[]> = {
	sections: (model) => model.sections.map(fromFile('module')),
	pages: (model) => model.pages.map(fromFile('module')),
	glossary: (model) => [...model.glossary.values()].map(fromFile('markdown')),
	timeline: (model) => model.timeline.map(fromList),
	// Astro's data store keeps entries by id; a rule's facts keep the order their author gave them.
	facts: (model) => [...model.facts.values()].map((fact, position) => ({ ...fromList(fact), data: { ...fact.value, position } })),
	foreignRules: (model) => [...model.foreignRules.values()].map(fromList),
	sources: (model) => [...model.sources.values()].map(fromList),
	chapters: (model) => [...model.chapters.values()].map(fromList),
	book: (model) => model.book.map(({ value: { id, ...data }, file }) => ({ id, data, file })),
	// One YAML file per kit; its id is its path under content/teach/, the section's id.
	kits: (model) => model.kits.map(fromList),
};

/**
 * The loader of one collection. `schema` is the one read.ts validated with: Astro takes the
 * collection's types from it (and editors' JSON schemas), never runs it, since the loader does not
 * call `parseData`.
 */
export function modelLoader<S extends z.ZodType>(collection: CollectionName, schema: S): Loader & { schema: S } {
	return {
		name: `content-model/${collection}`,
		schema,
		async load(context) {
			const contentDir = fileURLToPath(new URL('./content/', context.config.root));
			await fill(context, contentModel(contentDir), entriesOf[collection]);
			// `astro dev`: an edited file is read again, with everything else (one read for all the
			// collections), and the collection refilled. The Markdown plugins keep the model they were
			// configured with until the dev server restarts.
			context.watcher?.on('all', async (event, path) => {
				if (!['add', 'change', 'unlink'].includes(event) || !path.startsWith(contentDir)) return;
				const model = await reread(contentDir, context);
				if (model) await fill(context, model, entriesOf[collection]);
			});
		},
	};
}

async function fill(context: LoaderContext, model: ContentModel, entries: (model: ContentModel) => StoreEntry[]): Promise<void> {
	const { store, config } = context;
	store.clear();
	for (const entry of entries(model)) {
		const path = fileURLToPath(new URL(entry.file, config.root));
		const rendered =
			entry.render === 'markdown' ? await context.renderMarkdown(model.bodies.document(path) ?? '', { fileURL: pathToFileURL(path) }) : undefined;
		store.set({
			id: entry.id,
			data: entry.data,
			body: entry.body,
			filePath: entry.file,
			deferredRender: entry.render === 'module',
			rendered,
			assetImports: rendered?.metadata?.imagePaths,
		});
	}
}

/** One read for one burst of file events, however many collections' watchers see it. */
let rereading: Promise<ContentModel | undefined> | undefined;
function reread(contentDir: string, { logger }: LoaderContext): Promise<ContentModel | undefined> {
	rereading ??= Promise.resolve().then(() => {
		setTimeout(() => (rereading = undefined));
		try {
			return reloadContentModel(contentDir);
		} catch (error) {
			// The problems, with their files and lines; the collections keep what they had.
			logger.error(error instanceof Error ? error.message : String(error));
			return undefined;
		}
	});
	return rereading;
}
