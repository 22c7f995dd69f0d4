import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError, type Problem } from '../content/problems';
import { fileLabel, isMdxJsx, jsxAttribute } from './mdx-nodes';
import { recordPageData } from './page-data';

export interface SourceRefOptions {
	sourceIds: ReadonlySet<string>;
	/** Each fact of content/facts.yaml, by id, with the source ids it rests on. */
	factSources: ReadonlyMap<string, readonly string[]>;
	/** Components that must cite at least one source, themselves or through a fact (context passages, notes, table rows). */
	mustCite: string[];
}

/** Attributes of a component that name a fact of content/facts.yaml: a comparison row's fact cells. */
const factAttributes = ['beforeFact', 'afterFact'];

/**
 * Checks every `sources="a b"` attribute in MDX against content/sources.yaml, and every fact a
 * comparison row names (<Row beforeFact afterFact>) against content/facts.yaml; insists that
 * the components in `mustCite` cite something; and records the ids, with the sources of the facts
 * the page prints, in the page's front matter as `citedSources`, so the page lists them under
 * "Sources".
 */
export function rehypeSourceRefs(options: SourceRefOptions) {
	return (tree: Root, file: VFile) => {
		const problems: Problem[] = [];
		const cited = new Set<string>();
		visit(tree, (node) => {
			if (isMdxJsx(node)) {
				const line = node.position?.start.line ?? 0;
				// An id written as a {…} expression reaches the page unchecked: refuse it where it is written.
				for (const attr of node.attributes)
					if (
						attr.type === 'mdxJsxAttribute' &&
						(attr.name === 'sources' || factAttributes.includes(attr.name)) &&
						typeof attr.value !== 'string'
					)
						problems.push({
							file: fileLabel(file),
							line,
							field: `<${node.name} ${attr.name}>`,
							message: 'an id written as a {…} expression cannot be checked',
							fix: `write it as a plain string: ${attr.name}="<id>"`,
						});
				const ids = (jsxAttribute(node, 'sources') ?? '').split(/\s+/).filter(Boolean);
				const facts = factAttributes.flatMap((name) => {
					const id = jsxAttribute(node, name);
					return id === undefined ? [] : [{ name, id }];
				});
				for (const { name, id } of facts) {
					const sources = options.factSources.get(id);
					if (sources) sources.forEach((s) => cited.add(s));
					else
						problems.push({
							file: fileLabel(file),
							line,
							field: `<${node.name} ${name}>`,
							message: `unknown fact id "${id}"`,
							fix: 'use an id listed in content/facts.yaml, or add the fact there',
						});
				}
				if (ids.length === 0 && facts.length === 0 && options.mustCite.includes(node.name ?? '')) {
					problems.push({
						file: fileLabel(file),
						line,
						field: `<${node.name} sources>`,
						message: `<${node.name}> adds something the analysis does not say, so it must cite a source`,
						fix: `add sources="<id>" with an id from content/sources.yaml`,
					});
				}
				for (const id of ids) {
					if (options.sourceIds.has(id)) cited.add(id);
					else
						problems.push({
							file: fileLabel(file),
							line,
							field: `<${node.name} sources>`,
							message: `unknown source id "${id}"`,
							fix: 'use an id listed in content/sources.yaml, or add the source there',
						});
				}
			}
			// A fact rehype-facts printed in the prose: its record's sources are the page's too.
			if (node.type === 'element' && typeof node.properties.dataFact === 'string')
				options.factSources.get(node.properties.dataFact)?.forEach((s) => cited.add(s));
		});
		if (problems.length > 0) throw new ContentError(problems, fileLabel(file));
		recordPageData(file, 'citedSources', [...cited].sort());
	};
}
