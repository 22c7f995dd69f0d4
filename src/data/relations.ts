import type { CollectionEntry } from 'astro:content';
import { ruleKinds } from '../schemas/glossary';
import type { NodeGroup, RelationEdge, RelationGraph } from '../drawing/map-layout';
import { siteIndex } from './site-index';

const groupOf = (entry: CollectionEntry<'glossary'>): NodeGroup =>
	ruleKinds.includes(entry.data.kind) ? 'rule' : entry.data.kind === 'platform' ? 'platform' : 'body';

export const mapLabel = (entry: CollectionEntry<'glossary'>): string =>
	entry.data.shortName ?? (entry.data.term.length <= 40 || !entry.data.abbr ? entry.data.term : entry.data.abbr);

let graph: Promise<RelationGraph> | undefined;

/**
 * The who's-who graph from the glossary's `relations`: every entry that has or receives one is a
 * node. Built once per build, for /map/, the entries' "On the map" links and /relations.json.
 */
export function relationGraph(): Promise<RelationGraph> {
	graph ??= (async () => {
		const entries = (await siteIndex()).glossaryAlphabetical;
		const edges: RelationEdge[] = entries.flatMap((e) =>
			e.data.relations.map((r) => ({ id: `${e.id}--${r.type}--${r.term}`, from: e.id, to: r.term, type: r.type, sources: r.sources })),
		);
		const onMap = new Set(edges.flatMap((e) => [e.from, e.to]));
		const order: NodeGroup[] = ['body', 'platform', 'rule'];
		const nodes = entries
			.filter((e) => onMap.has(e.id))
			.map((entry) => ({ entry, group: groupOf(entry), label: mapLabel(entry) }))
			.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
		return { nodes, edges };
	})();
	return graph;
}
