import { LineCounter, parseDocument, isNode, type Document } from 'yaml';

/** A parsed YAML text that can say on which line any value sits. */
export interface YamlSource {
	data: unknown;
	/** 1-based line of the value at `path`, or of its nearest parent that exists. */
	lineOf(path: readonly PropertyKey[]): number;
	errors: { line: number; message: string }[];
}

/**
 * Parses YAML keeping positions. `firstLine` shifts line numbers for front matter, which starts
 * below the opening `---`.
 */
export function parseYaml(text: string, firstLine = 1): YamlSource {
	const lineCounter = new LineCounter();
	const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false });
	const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	return {
		data: doc.toJS(),
		errors: doc.errors.map((e) => ({ line: toLine(e.pos[0]), message: e.message.split('\n')[0] ?? e.message })),
		lineOf(path) {
			for (let n = path.length; n >= 0; n--) {
				const node = doc.getIn(path.slice(0, n) as unknown[], true);
				if (isNode(node) && node.range) return toLine(node.range[0]);
			}
			return firstLine;
		},
	};
}

/** A Markdown/MDX file split at its YAML front matter. */
export interface FrontmatterParts {
	yaml: string;
	/** The line the YAML starts on (below the opening `---`). */
	firstLine: number;
	body: string;
	/** The line of the file on which the body starts. */
	bodyLine: number;
	/**
	 * The file as Astro's Markdown and MDX compilers read it: the front matter, delimiters included,
	 * blanked out with spaces (Astro's "empty-with-spaces"), so every line and column of the body keeps
	 * its place in the file. The body is parsed from this text, once (src/content/parse.ts).
	 */
	document: string;
}

/** Splits a Markdown/MDX file into its YAML front matter (with line offset) and body (with the line it starts on). */
export function splitFrontmatter(text: string): FrontmatterParts | null {
	const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
	if (!match) return null;
	const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
	// Up to the closing "---" itself: the line break after it stays, as in Astro's.
	const end = match[0].replace(/\r?\n$/, '').length;
	const document = text.slice(0, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
	return { yaml: match[1] ?? '', firstLine: 2, body: text.slice(match[0].length), bodyLine, document };
}
