import type { Nodes, Root } from 'hast';
import type { VFile } from 'vfile';
import { ContentError, type Problem } from '../content/problems';
import { fileLabel, isMdxJsx, jsxAttribute } from './mdx-nodes';
import { recordPageData } from './page-data';

export interface SourceRefOptions {
	sourceIds: ReadonlySet<string>;
	/** Components that must cite at least one source (context passages, notes). */
	mustCite: string[];
}

/**
 * Checks every `sources="a b"` attribute in MDX against content/sources.yaml, insists that the
 * components in `mustCite` cite something, and records the ids in the page's front matter as
 * `citedSources`, so the page can list them under "Sources".
 */
export function rehypeSourceRefs(options: SourceRefOptions) {
	return (tree: Root, file: VFile) => {
		const problems: Problem[] = [];
		const cited = new Set<string>();
		const walk = (node: Nodes) => {
			if (isMdxJsx(node)) {
				const line = node.position?.start.line ?? 0;
				const ids = (jsxAttribute(node, 'sources') ?? '').split(/\s+/).filter(Boolean);
				if (ids.length === 0 && options.mustCite.includes(node.name ?? '')) {
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
			if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
		};
		walk(tree);
		if (problems.length > 0) throw new ContentError(problems, fileLabel(file));
		recordPageData(file, 'citedSources', [...cited].sort());
	};
}
