import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import type { Processor } from 'unified';
import type { ParsedBodies } from '../content/parse';

/**
 * Lets Astro's Markdown and MDX compilers start from the tree the content reader already parsed and
 * checked (src/content/parse.ts), so a body is parsed once per build, not once to check and again
 * to compile. It replaces the compiler's parser with one that takes the reader's tree for exactly
 * this file and text, and parses only what the reader did not (a file edited under `astro dev`).
 * A compiler without GFM would parse differently from the reader; it keeps its own parser.
 */
export function remarkParsedBodies(this: Processor, options: { bodies: ParsedBodies }) {
	const plugins = this.attachers.map(([plugin]) => plugin);
	const parse = this.parser;
	if (!parse || !plugins.includes(remarkGfm as never)) return;
	const syntax = plugins.includes(remarkMdx as never) ? 'mdx' : 'md';
	this.parser = (document, file) =>
		(file.path ? options.bodies.take(file.path, document, syntax) : undefined) ?? (parse(document, file) as Root);
}
