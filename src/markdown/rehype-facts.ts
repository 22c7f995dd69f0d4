import type { Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
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
		visit(tree, (node, index, parent) => {
			if (!isMdxJsx(node) || node.name !== 'Fact' || !parent || index === undefined) return;
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
				return;
			}
			parent.children[index] = { ...h('span', { className: ['fact'], dataFact: id }, value), position: node.position };
		});
		if (problems.length > 0) throw new ContentError(problems, fileLabel(file));
	};
}
