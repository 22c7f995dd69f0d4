import type { Element, Nodes, Root } from 'hast';
import type { VFile } from 'vfile';
import { ContentError, type Problem } from '../content/problems';
import { fileLabel, isMdxJsx, jsxAttribute } from './mdx-nodes';

export interface FactOptions {
	/** Each fact of content/facts.yaml by id: the value a page prints. */
	values: ReadonlyMap<string, string>;
}

/**
 * Prints each `<Fact id="…" />` of an MDX page as its record's value, `<span class="fact"
 * data-fact="…">1 hour</span>`, before any other plugin runs: paragraph ids, term-link excerpts
 * and note summaries then read the sentence a reader reads, with its figure. An unknown id stops
 * the build with its file and line. rehype-source-refs adds each printed fact's sources to the
 * page's list.
 */
export function rehypeFacts(options: FactOptions) {
	return (tree: Root, file: VFile) => {
		const problems: Problem[] = [];
		const walk = (parent: { children: Nodes[] }) => {
			parent.children = parent.children.map((node) => {
				if (!isMdxJsx(node) || node.name !== 'Fact') {
					if ('children' in node) walk(node as { children: Nodes[] });
					return node;
				}
				const id = jsxAttribute(node, 'id');
				const value = id === undefined ? undefined : options.values.get(id);
				if (value === undefined) {
					problems.push({
						file: fileLabel(file),
						line: node.position?.start.line ?? 0,
						field: '<Fact id>',
						message: id === undefined ? '<Fact> needs an id written as a plain string' : `unknown fact id "${id}"`,
						fix: 'write <Fact id="…" /> with an id listed in content/facts.yaml, or add the fact there',
					});
					return node;
				}
				const span: Element = {
					type: 'element',
					tagName: 'span',
					properties: { className: ['fact'], dataFact: id },
					children: [{ type: 'text', value }],
					position: node.position,
				};
				return span;
			}) as typeof parent.children;
		};
		walk(tree as { children: Nodes[] });
		if (problems.length > 0) throw new ContentError(problems, fileLabel(file));
	};
}
