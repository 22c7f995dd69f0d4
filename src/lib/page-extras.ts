import type { NoteSummary } from '../markdown/rehype-notes';

/**
 * What the Markdown plugins learned about a page while compiling it, read back from
 * `remarkPluginFrontmatter` (each plugin writes one key; see src/markdown/).
 */
export interface PageExtras {
	/** Glossary ids linked on the page (rehype-term-links). */
	terms: string[];
	/** Source ids cited by <Context> and <Note> (rehype-source-refs). */
	citedSources: string[];
	/** Notes in reading order (rehype-notes). */
	notes: NoteSummary[];
	/** Heading and paragraph ids (rehype-anchors). */
	anchors: string[];
	/** Ids of this page that moved to another page → their new path and hash, without base (rehype-anchors). */
	movedAway: Record<string, string>;
}

export function pageExtras(frontmatter: Record<string, unknown>): PageExtras {
	const list = <T,>(key: string) => (Array.isArray(frontmatter[key]) ? (frontmatter[key] as T[]) : []);
	const movedAway = (frontmatter.movedAway ?? {}) as Record<string, string>;
	return { terms: list('terms'), citedSources: list('citedSources'), notes: list('notes'), anchors: list('anchors'), movedAway };
}
