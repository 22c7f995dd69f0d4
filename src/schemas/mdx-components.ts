/**
 * The components an MDX page of content/ may use (src/components/mdx/ renders them). Read where
 * content is checked, before Astro starts, so a misspelt <Analyis> is named as such instead of
 * failing later inside Astro's compiler.
 */
export const mdxComponentNames = [
	'Analysis',
	'Book',
	'Cell',
	'Compare',
	'CompareRow',
	'Comparison',
	'Context',
	'MapLink',
	'Note',
	'NoTerm',
	'Quote',
	'ReportErrors',
	'Row',
	'Term',
] as const;
export type MdxComponentName = (typeof mdxComponentNames)[number];

/** Elements a Markdown plugin replaces while compiling, so no component renders them: <Fact id> (src/markdown/rehype-facts.ts). */
export const mdxPluginElements = ['Fact'] as const;

/** HTML elements content may not write itself: they run script, load other pages or restyle the site. */
export const refusedHtmlElements = ['script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'link', 'meta', 'base'] as const;
