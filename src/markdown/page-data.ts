import type {} from '@astrojs/markdown-remark'; // its declaration of file.data.astro, which this module writes
import type { VFile } from 'vfile';
import type { PartialDate } from '../schemas/ids';
import type { NoteKind } from '../site/labels';

/**
 * What the Markdown plugins learn about a page while compiling it, declared once. Each plugin
 * records its part with `recordPageData`, pages read the whole with `pageDataOf`: one writer, one
 * reader, one shape, so a page never guesses at what a plugin left behind.
 */
export interface PageData {
	/** Heading and paragraph ids (rehype-anchors). */
	anchors: string[];
	/** Each paragraph and list item by its id: whose words it is, where it sits, its words (rehype-anchors). */
	passages: Record<string, Passage>;
	/** Ids of this page that moved to another page → their new path and hash, without base (rehype-anchors). */
	movedAway: Record<string, string>;
	/** Notes in reading order (rehype-notes). */
	notes: NoteSummary[];
	/** Source ids cited by <Context>, <Note> and other passages (rehype-source-refs). */
	citedSources: string[];
	/** Glossary ids linked on the page (rehype-term-links). */
	terms: string[];
	/** Each linked term's mentions, paragraph by paragraph (rehype-term-links). */
	termMentions: Record<string, TermMention[]>;
}

/** Whether a note records a change to the page (a correction or a dated update): what its "Updates and corrections" and /changes/ list. */
export const isChange = (note: NoteSummary): boolean => note.kind === 'correction' || note.kind === 'update';

/** One numbered note of a page, for its "Updates and corrections" list and the site's changes. */
export interface NoteSummary {
	number: number;
	/** Stable id: from the note's opening words, so adding a note elsewhere never changes it. */
	id: string;
	kind: NoteKind;
	/** When the development happened (updates; optional for the other kinds), parsed once here. */
	date?: PartialDate;
	/** The note's opening words. */
	summary: string;
	/** The text of the h2 or h3 the note sits under, if any. */
	heading?: string;
}

/** Which provenance block a passage sits in (src/markdown/passages.ts). */
export type PassageBlock = 'book' | 'analysis' | 'context' | 'note';

/**
 * A paragraph or list item of a chapter page as compiled, for pages that show or check it
 * elsewhere (a teaching kit's exercise and answers): recorded while the page compiles, so they
 * never re-read its HTML and cannot drift from it.
 */
export interface Passage {
	/** The block it sits in; none for the page's own lists (key takeaways, questions for discussion). */
	block?: PassageBlock;
	/** A note's kind, when the block is a note. */
	note?: NoteKind;
	/** The id of the h2 it sits under, if any. */
	section?: string;
	/** Its words as HTML: emphasis, quoted phrases and printed facts kept, links reduced to their words. */
	html: string;
}

/** Where a page mentions a term: the paragraph's id and a short excerpt around the mention. */
export interface TermMention {
	anchor: string;
	excerpt: string;
}

declare module 'vfile' {
	interface DataMap {
		pageData: PageData;
	}
}

const empty = (): PageData => ({ anchors: [], passages: {}, movedAway: {}, notes: [], citedSources: [], terms: [], termMentions: {} });

/**
 * A plugin records its part of the page's data. It travels to the page in
 * `file.data.astro.frontmatter`, under this one key, because that is the only channel Astro 7 has
 * from a plugin to a rendered entry: `render()` (astro/dist/content/runtime.js) returns
 * `Content`, `headings` and `remarkPluginFrontmatter` and nothing else, and for MDX the last is the
 * module's `frontmatter` export, which @astrojs/markdown-remark writes from this object
 * (dist/mdx/rehype-apply-frontmatter-export.js); a Markdown entry's is its renderer's
 * `metadata.frontmatter`, the same object. Any other `file.data`, or another export a recma plugin
 * added, never reaches the page. Astro's documentation calls this "modifying frontmatter
 * programmatically"; here it is typed (`PageData`) and written and read only by this module.
 */
export function recordPageData<K extends keyof PageData>(file: VFile, key: K, value: PageData[K]): void {
	const data = (file.data.pageData ??= empty());
	data[key] = value;
	file.data.astro ??= {};
	file.data.astro.frontmatter ??= {};
	file.data.astro.frontmatter.pageData = data;
}

/** What the plugins recorded for a rendered entry (the result of astro:content's `render`). */
export function pageDataOf(rendered: { remarkPluginFrontmatter: { pageData?: Partial<PageData> } }): PageData {
	return { ...empty(), ...rendered.remarkPluginFrontmatter.pageData };
}
