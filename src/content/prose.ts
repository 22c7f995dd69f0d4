import type { Nodes, Root } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { mdxComponentNames, mdxPluginElements, refusedHtmlElements } from '../schemas/mdx-components';
import { editSimilarity } from '../search/nearest-links';
import { decodeEntities } from '../site/entities';
import { parseBody, type BodySyntax } from './parse';
import type { Problem } from './problems';
import { ownProseProblems } from './own-prose';

// The bodies of content files, checked before Astro compiles them: MDX that would not compile
// (an unclosed <Book>), prose no provenance block vouches for, and links that would run script.
// Astro's own compiler reports a broken MDX file without a usable position; here every problem
// names its file and line. Runs from read.ts, so from contentModel() in astro.config.mjs, before
// Astro starts. The tree it checks is the one Astro then compiles (src/content/parse.ts).

export interface ProseFile {
	/** Path relative to the project, e.g. "content/sections/chapter-5/overview.mdx". */
	file: string;
	/** The file with its front matter blanked out (src/content/yaml-source.ts), so positions are the file's lines. */
	document: string;
	/** The line of the file on which the body starts: where a problem without a position is shown. */
	bodyLine: number;
	/** MDX (sections, pages) or plain Markdown (glossary entries). */
	syntax: BodySyntax;
	/** Chapter sections: every paragraph must sit in a provenance block. */
	requireProvenance: boolean;
}

/** The blocks that say who is speaking: a paragraph of a chapter section must sit in one of them. */
const provenanceBlocks = new Set(['Book', 'Analysis', 'Context', 'Note']);

/**
 * Where a deadline, fine or threshold may be written out (src/content/quantities.ts): the analysis'
 * words and quoted phrases report what others wrote, and <Fact> renders the record itself.
 */
const reportedSpeech = new Set(['Analysis', 'Quote', 'Fact']);
/** Attributes whose strings a page shows as prose (a comparison's caption, headings and cells). */
const proseAttributes = new Set(['aspect', 'before', 'after', 'caption']);

const knownElements: readonly string[] = [...mdxComponentNames, ...mdxPluginElements];
const components = new Set<string>(knownElements);
/** A capitalised JSX name is a component; one this site does not have is most likely a misspelling. */
const isUnknownComponent = (name: string) => /^[A-Z]/.test(name) && !components.has(name);
const refused = new Set<string>(refusedHtmlElements);
const refusedInHtml = new RegExp(`<(${refusedHtmlElements.join('|')})\\b`, 'i');

/** URL schemes content may link to; anything else (javascript:, data:, vbscript:, file:…) is refused. */
const allowedSchemes = new Set(['http', 'https', 'mailto']);

/** Every problem in one file's body, and the body's tree when it could be parsed. */
export function checkProse(input: ProseFile): { problems: Problem[]; tree?: Root } {
	const at = (line: number | undefined) => line ?? input.bodyLine;
	let tree: Root;
	try {
		tree = parseBody(input.document, input.syntax);
	} catch (error) {
		return { problems: [syntaxProblem(input, error, at)] };
	}
	const problems: Problem[] = [];
	visitParents(tree, (node: Nodes, ancestors: Nodes[]) => check(node, ancestors, input, at, problems));
	return { problems, tree };
}

/** What the site's own prose may not say (src/content/own-prose.ts): a typed deadline, fine or threshold, a law's article number without its text. */
function ownProse(text: string, where: string | undefined, line: number, input: ProseFile, problems: Problem[]): void {
	for (const { index, message, fix } of ownProseProblems(text))
		problems.push({
			file: input.file,
			// A text node may span lines: the line of the words themselves.
			line: line + (text.slice(0, index).match(/\n/g)?.length ?? 0),
			...(where ? { field: where } : {}),
			message,
			fix,
		});
}

/** An MDX syntax error (micromark's message), located and explained. */
function syntaxProblem(input: ProseFile, error: unknown, at: (line: number | undefined) => number): Problem {
	const message = error as { reason?: string; message?: string; line?: number };
	const raw = message.reason ?? message.message ?? String(error);
	// An unclosed tag is reported where its paragraph or the document ends (often with no line), but
	// its reason names the tag's own position ("(2:1-2:7)"): that is the line to show.
	const tagLine = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(raw)?.[1];
	const reason = raw.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '');
	const unclosed = /Expected a closing tag for `<(\w+)>`/.exec(reason)?.[1];
	return {
		file: input.file,
		line: at(/^Expected a closing tag/.test(reason) && tagLine ? Number(tagLine) : (message.line ?? (tagLine ? Number(tagLine) : undefined))),
		message: `MDX cannot be read: ${reason}`,
		fix: unclosed
			? /before the end of `paragraph`/.test(reason)
				? `close it with </${unclosed}> in the same paragraph`
				: `close it with </${unclosed}> on a line of its own, after a blank line, where the passage ends`
			: 'check the tags and braces on this line: every <Component> needs its closing tag, and a literal "<" or "{" must be escaped as \\< or \\{',
	};
}

/** The element's component name, if it is an MDX element. */
const componentName = (node: Nodes) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? (node.name ?? '') : undefined);

/**
 * Whether a provenance block says who speaks at this depth. Lists outside provenance blocks are
 * the site's own apparatus (key takeaways, questions for discussion, a reading map), so their items
 * are not passages that need a mark. An unknown component is reported as such; its paragraphs are
 * not reported again as unmarked.
 */
const vouchedFor = (ancestors: Nodes[]) =>
	ancestors.some((a) => {
		const name = componentName(a);
		return a.type === 'list' || (name !== undefined && (provenanceBlocks.has(name) || isUnknownComponent(name)));
	});

/** Whether the text reports what others wrote (the analysis, a quotation, a fact's record): see `reportedSpeech`. */
const inReportedSpeech = (ancestors: Nodes[]) => ancestors.some((a) => reportedSpeech.has(componentName(a) ?? ''));

/** The problems of one node of a body, given the elements it sits in. */
function check(node: Nodes, ancestors: Nodes[], input: ProseFile, at: (line: number | undefined) => number, problems: Problem[]): void {
	const line = at(node.position?.start.line);
	if (node.type === 'text' && !inReportedSpeech(ancestors)) ownProse(node.value, undefined, line, input, problems);
	if (node.type === 'paragraph' && input.requireProvenance && !vouchedFor(ancestors)) {
		problems.push({
			file: input.file,
			line,
			message: 'this paragraph is in no <Book>, <Analysis> or <Context> block, so readers cannot tell who says it',
			fix: 'wrap it in <Book>, <Analysis> or <Context sources="…"> (a blank line after the opening tag and before the closing one)',
		});
	}
	if (node.type === 'link' || node.type === 'image' || node.type === 'definition') checkUrl(node.url, 'link', line, input, problems);
	if (node.type === 'image' && !node.alt?.trim()) problems.push({ file: input.file, line, field: 'image', ...missingAlt });
	if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
		const problem = elementProblem(node.name ?? '');
		if (problem) problems.push({ file: input.file, line, ...problem });
		if (node.name === 'img' && !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'alt' && a.value))
			problems.push({ file: input.file, line, field: '<img alt>', ...missingAlt });
		if (node.name === 'Row') for (const cell of ['before', 'after']) emptyCell(node, cell, line, input, problems);
		for (const attr of node.attributes)
			if (attr.type === 'mdxJsxAttribute' && proseAttributes.has(attr.name) && typeof attr.value === 'string')
				ownProse(attr.value, `<${node.name ?? ''} ${attr.name}>`, line, input, problems);
		for (const attr of node.attributes) {
			if (attr.type !== 'mdxJsxAttribute' || !/^(href|src|action|formaction|poster|cite)$/i.test(attr.name)) continue;
			const where = `<${node.name ?? ''} ${attr.name}>`;
			if (typeof attr.value === 'string') checkUrl(attr.value, where, line, input, problems);
			else if (attr.value)
				problems.push({
					file: input.file,
					line,
					field: where,
					message: 'an address written as a {…} expression cannot be checked',
					fix: `write it as a plain string: ${attr.name}="https://…"`,
				});
		}
	}
	if (node.type === 'html') {
		const element = refusedInHtml.exec(node.value)?.[1];
		if (element) problems.push({ file: input.file, line, ...elementProblem(element.toLowerCase())! });
		for (const match of node.value.matchAll(/\b(?:href|src|action|formaction|poster)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi))
			checkUrl(decodeEntities(match[1] ?? match[2] ?? match[3] ?? ''), 'HTML attribute', line, input, problems);
	}
}

/** A comparison cell with nothing in it: a reader cannot tell a gap in the sources from a rule that says nothing. */
function emptyCell(node: { attributes: { type: string; name?: string }[] }, cell: string, line: number, input: ProseFile, problems: Problem[]): void {
	const has = (name: string) => node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	if (has(cell) || has(`${cell}Fact`)) return;
	problems.push({
		file: input.file,
		line,
		field: `<Row ${cell}>`,
		message: `this row's "${cell}" cell is empty`,
		fix: `fill it from a source (${cell}="…" or ${cell}Fact="<id in content/facts.yaml>"), say what is true ("No such provision"), or drop the row`,
	});
}

const missingAlt = {
	message: 'an image without alt text is a blank to a screen reader',
	fix: 'describe what the image shows: ![what it shows](…) or alt="what it shows"',
};

/** A component this site does not have (a misspelling, most likely), or an element content may not write. */
function elementProblem(name: string): Omit<Problem, 'file' | 'line'> | undefined {
	if (isUnknownComponent(name)) {
		// The closest name, if it is close: "Analyis" for "Analysis".
		const [near] = knownElements
			.map((c) => [c, editSimilarity(c.toLowerCase(), name.toLowerCase())] as const)
			.filter(([, similarity]) => similarity >= 0.6)
			.sort((x, y) => y[1] - x[1])
			.map(([c]) => c);
		return {
			message: `<${name}> is not a component of this site`,
			fix: near ? `did you mean <${near}>?` : `use one of ${knownElements.map((c) => `<${c}>`).join(', ')}`,
		};
	}
	if (refused.has(name))
		return {
			message: `a <${name}> element is not allowed in content: it would run script, load another page or restyle the site, and the site's security policy blocks it`,
			fix: 'remove it; for a link write [text](https://…), for a picture ![what it shows](…)',
		};
	return undefined;
}

/** Refuses a URL whose scheme could run script or smuggle content: only web, mail and site links. */
function checkUrl(url: string, where: string, line: number, input: ProseFile, problems: Problem[]): void {
	// Browsers ignore leading spaces and control characters, and tabs and newlines anywhere in a URL.
	// eslint-disable-next-line no-control-regex -- exactly the characters browsers drop before a scheme
	const normalized = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(normalized)?.[1]?.toLowerCase();
	if (scheme === undefined || allowedSchemes.has(scheme)) return;
	problems.push({
		file: input.file,
		line,
		field: where,
		message: `a ${scheme}: URL ("${url.length > 40 ? `${url.slice(0, 40)}…` : url}") is not allowed in content`,
		fix: 'link to an https:// address, a mailto: address or a page of this site (a path such as ../overview/ or /glossary/cac/)',
	});
}
