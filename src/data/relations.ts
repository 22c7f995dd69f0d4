import type { CollectionEntry } from 'astro:content';
import type { RelationType } from '../schemas/glossary';
import { ruleKinds } from '../schemas/glossary';
import { glossaryAlphabetical } from './collections';

/** One typed relation between two glossary entries, read as "<from> <type> <to>". */
export interface RelationEdge {
	id: string;
	from: string;
	to: string;
	type: RelationType;
	sources: string[];
}

/** Where a node sits on the map: the bodies that act, the rules they act on, and the platforms between. */
export type NodeGroup = 'body' | 'rule' | 'platform';

export interface RelationNode {
	entry: CollectionEntry<'glossary'>;
	group: NodeGroup;
	/** The name drawn on the map: shortName, else the term when short, else the abbreviation. */
	label: string;
}

export interface RelationGraph {
	nodes: RelationNode[];
	edges: RelationEdge[];
}

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
		const entries = await glossaryAlphabetical();
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
