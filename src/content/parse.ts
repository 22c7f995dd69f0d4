import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// A content file's body is parsed once per build. The reader parses it here, to check it before
// Astro starts (src/content/prose.ts); Astro's Markdown and MDX compilers then start from that
// tree instead of parsing the file again (src/markdown/remark-parsed-bodies.ts).

/** Markdown (glossary entries) or MDX (sections, pages). */
export type BodySyntax = 'md' | 'mdx';

/**
 * The syntax Astro's compilers read, with the same micromark extensions in the same order:
 * @mdx-js/mdx adds MDX's to remark-parse, then Astro adds GFM's (its default, `gfm: true`); the
 * Markdown compiler adds GFM's alone. A tree parsed otherwise would not be the one they would make.
 */
const parsers: Record<BodySyntax, ReturnType<typeof markdownParser>> = {
	mdx: markdownParser(true),
	md: markdownParser(false),
};

function markdownParser(mdx: boolean) {
	return mdx ? unified().use(remarkParse).use(remarkMdx).use(remarkGfm) : unified().use(remarkParse).use(remarkGfm);
}

/** Parses a body; throws micromark's error for MDX that cannot be read (an unclosed <Book>). */
export function parseBody(document: string, syntax: BodySyntax): Root {
	return parsers[syntax].parse(document);
}

/**
 * The trees the reader parsed, by absolute file path, for the compilers to take. Each is handed out
 * once, and only for exactly the text and syntax it was parsed from: the compiler mutates the tree,
 * and a file edited since it was read (in `astro dev`) is parsed afresh.
 */
export class ParsedBodies {
	readonly #trees = new Map<string, { document: string; syntax: BodySyntax; tree: Root }>();
	/** Bodies the compilers took, and the paths they had to parse themselves (a test reads both). */
	readonly taken: string[] = [];
	readonly parsedAgain: string[] = [];

	record(path: string, document: string, syntax: BodySyntax, tree: Root): void {
		this.#trees.set(path, { document, syntax, tree });
	}

	/** The text a compiler is to be given for the file at `path`, for the compiler a loader runs itself. */
	document(path: string): string | undefined {
		return this.#trees.get(path)?.document;
	}

	/** The tree parsed from `document` at `path`, if the reader parsed exactly that; else undefined. */
	take(path: string, document: string, syntax: BodySyntax): Root | undefined {
		const parsed = this.#trees.get(path);
		if (!parsed || parsed.document !== document || parsed.syntax !== syntax) {
			this.parsedAgain.push(path);
			return undefined;
		}
		this.#trees.delete(path);
		this.taken.push(path);
		return parsed.tree;
	}
}
