import type { Root } from 'mdast';
import type { Processor } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { BodySyntax, ParsedBodies } from '../content/parse';

/** Whether `tree` holds a node of type `type`. */
function holds(tree: Root, type: string): boolean {
	let found = false;
	visit(tree, type, () => {
		found = true;
		return EXIT;
	});
	return found;
}

/**
 * Lets Astro's Markdown and MDX compilers start from the tree the content reader already parsed and
 * checked (src/content/parse.ts), so a body is parsed once per build, not once to check and again
 * to compile. It replaces the compiler's parser with one that takes the reader's tree for exactly
 * this file and text, and parses only what the reader did not (a file edited under `astro dev`).
 *
 * Which syntax the compiler reads is asked of its own parser, on two probes, at the first file:
 * by then every plugin has added its syntax, whatever its order, and unified's list of plugins
 * (`attachers`) is private. The reader always parses GFM, so a compiler without it would parse
 * differently: that one keeps its own parser.
 */
export function remarkParsedBodies(this: Processor, options: { bodies: ParsedBodies }) {
	const parse = this.parser;
	if (!parse) return;
	const probe = (text: string) => parse(text, new VFile(text)) as Root;
	let syntax: BodySyntax | 'other' | undefined;
	const syntaxRead = () =>
		(syntax ??= !holds(probe('~~struck~~'), 'delete') ? 'other' : holds(probe('<x />'), 'mdxJsxFlowElement') ? 'mdx' : 'md');
	this.parser = (document, file) => {
		const read = syntaxRead();
		return (read !== 'other' && file.path ? options.bodies.take(file.path, document, read) : undefined) ?? (parse(document, file) as Root);
	};
}
