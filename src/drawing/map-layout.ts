import type { CollectionEntry } from 'astro:content';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import { statusStage, type StatusStage } from '../glossary/status';
import { relationLabels, statusStageLabels } from '../site/labels';
import type { RelationType } from '../schemas/glossary';
import { wrapLabel } from './text-fit';

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

/**
 * Lays out the who's-who graph at build time with ELK (elkjs, the Eclipse Layout Kernel's layered
 * algorithm), so no position is placed by hand and the page ships no JavaScript. Two forms: one
 * wide map, read left to right (who acts → what it acts on), and a set of small maps, one per body
 * or rule that acts, each two boxes wide, for phones, tablets and paper. (One tall map does not
 * fit: ELK spreads the long edges of a 20-box graph over more than 1,500 px.)
 *
 * Both are drawn at their own size, never scaled down (src/styles/map.css), so the type sizes below
 * are the sizes a reader sees: nothing under 12 px. The wide map is kept narrow enough for the
 * 72rem column it is shown in (`wideMapWidth`): boxes of at most 16 characters a line, and tight
 * spacing between the layers of boxes and of edge labels.
 */
export type MapVariant = 'wide' | 'narrow';

export interface PlacedNode {
	id: string;
	group: NodeGroup;
	x: number;
	y: number;
	width: number;
	height: number;
	/** The label broken into lines that fit the box. */
	lines: string[];
	/** Narrow panels: how the panel's subject relates to this box ("issues, enforces"), shown above its name, in lines. */
	verbLines?: string[];
	/** A rule's stage, shown under its name, in lines. */
	stage?: StatusStage;
	stageLines?: string[];
}

export interface PlacedEdge {
	id: string;
	type: RelationType;
	/** The entry that acts, and the one it acts on: the arrow points from `from` to `to`. */
	from: string;
	to: string;
	/** SVG path data through ELK's bend points. */
	path: string;
	/** Wide map only: the verb drawn on the edge. */
	label?: { text: string; x: number; y: number; width: number; height: number };
}

export interface MapLayout {
	variant: MapVariant;
	/** Narrow panels: the one entry whose relations the panel shows. */
	subject?: string;
	/** Narrow panels: which of the subject's maps this is, when it has more than one (1, 2…). */
	part?: number;
	width: number;
	height: number;
	nodes: PlacedNode[];
	edges: PlacedEdge[];
}

/** Type sizes in SVG user units, which are CSS px since no map is scaled; the stylesheet (src/styles/map.css) uses the same. */
export const mapType = { label: 14, lineHeight: 18, stage: 12, smallLineHeight: 16, edge: 12, padX: 8, padY: 7 } as const;

/**
 * The width the wide map has on the page where it is shown: the figure at a 72rem (1152 px) window,
 * less the page margins (src/styles/map.css shows it from there, and lets it scroll sideways inside
 * its frame rather than shrink its type, should the graph ever outgrow this).
 */
export const wideMapWidth = 1104;

/**
 * Relations whose arrow points from the lesser rule to the greater one ("implements": a regulation
 * implements its law). ELK lays out every edge left to right, which would put each implementing
 * rule left of its law and push the bodies that issue it a layer further left; these are laid out
 * the other way (law, then the rules under it) and drawn with the arrow still at the law. (The
 * small maps need no such care: each is one subject and what it acts on.)
 */
const laidOutReversed: ReadonlySet<RelationType> = new Set(['implements']);

// No browser at build time, so text is measured by a generous average glyph width for the UI
// sans-serif fonts (0.63 em, bold included); boxes are sized from it with padding to spare.
const charWidth = (size: number) => size * 0.63;

const settings: Record<MapVariant, { maxChars: number; options: Record<string, string> }> = {
	wide: {
		maxChars: 16,
		options: {
			'elk.direction': 'RIGHT',
			// Each edge's label is a layer of its own between two layers of boxes: the gaps stay small.
			'elk.layered.spacing.nodeNodeBetweenLayers': '20',
			'elk.layered.spacing.edgeNodeBetweenLayers': '8',
			'elk.layered.spacing.edgeEdgeBetweenLayers': '4',
			'elk.spacing.nodeNode': '18',
			'elk.spacing.edgeLabel': '2',
		},
	},
	narrow: {
		// Two columns of 120 px and the gap fit a 288 px column (320 px less margins) at full size; the
		// verb goes inside the target box, since a label between the columns would not fit.
		maxChars: 11,
		options: {
			'elk.direction': 'RIGHT',
			// One trunk from the subject, branching to each box: the narrowest drawing of a fan of edges.
			'elk.edgeRouting': 'ORTHOGONAL',
			'elk.layered.mergeEdges': 'true',
			'elk.layered.spacing.nodeNodeBetweenLayers': '22',
			'elk.layered.spacing.edgeNodeBetweenLayers': '8',
			'elk.layered.spacing.edgeEdgeBetweenLayers': '4',
			'elk.spacing.nodeNode': '10',
		},
	},
};

const elk = new ELK();

/**
 * A small map holds at most this many boxes besides its subject; a subject that acts on more gets
 * as many maps as it needs, sharing them out evenly, so no small map is taller than a phone screen
 * or a printed sheet.
 */
export const panelMaxTargets = 6;

/** The narrow form: small maps of each entry that acts on others, bodies first, in the graph's order. */
export async function layoutPanels(graph: RelationGraph): Promise<MapLayout[]> {
	const subjects = graph.nodes.filter((n) => graph.edges.some((e) => e.from === n.entry.id));
	const chunks = subjects.flatMap((s) => {
		const edges = graph.edges.filter((e) => e.from === s.entry.id);
		const targets = [...new Set(edges.map((e) => e.to))];
		const count = Math.ceil(targets.length / panelMaxTargets);
		const size = Math.ceil(targets.length / count);
		return Array.from({ length: count }, (_, i) => {
			const these = new Set(targets.slice(i * size, (i + 1) * size));
			return { subject: s.entry.id, part: count > 1 ? i + 1 : undefined, edges: edges.filter((e) => these.has(e.to)) };
		});
	});
	return Promise.all(
		chunks.map(async ({ subject, part, edges }) => {
			const ids = new Set([subject, ...edges.map((e) => e.to)]);
			const layout = await layoutMap({ nodes: graph.nodes.filter((n) => ids.has(n.entry.id)), edges }, 'narrow');
			return { ...layout, subject, ...(part && { part }) };
		}),
	);
}

export async function layoutMap(graph: RelationGraph, variant: MapVariant): Promise<MapLayout> {
	const { maxChars, options } = settings[variant];
	const { padX, padY } = mapType;
	const panel = variant === 'narrow';
	const verbs = (id: string) =>
		[...new Set(graph.edges.filter((e) => e.to === id).map((e) => relationLabels[e.type].verb))].join(', ') || undefined;
	// Lines of the small type (the verb above a name, the stage below it) hold as many characters as a line of the name is wide.
	// A small map is one subject and what it acts on, always left to right.
	const reversed = (type: RelationType) => !panel && laidOutReversed.has(type);
	const smallChars = Math.floor((maxChars * mapType.label) / mapType.stage);
	const boxes = new Map(
		graph.nodes.map((n) => {
			const lines = wrapLabel(n.label, maxChars);
			const verb = panel ? verbs(n.entry.id) : undefined;
			const verbLines = verb ? wrapLabel(verb, smallChars) : [];
			const stage = n.entry.data.status && statusStage(n.entry.data.status);
			const stageLines = stage ? wrapLabel(statusStageLabels[stage], panel ? smallChars : Infinity) : [];
			const widest = Math.max(
				(panel ? maxChars : 10) * charWidth(mapType.label),
				...lines.map((l) => l.length * charWidth(mapType.label)),
				...[...verbLines, ...stageLines].map((l) => l.length * charWidth(mapType.stage)),
			);
			const width = Math.ceil(widest + 2 * padX);
			const small = (verbLines.length + stageLines.length) * mapType.smallLineHeight + (stage ? 4 : 0);
			const height = Math.ceil(lines.length * mapType.lineHeight + small + 2 * padY);
			return [n.entry.id, { node: n, lines, verbLines, stage, stageLines, width, height }];
		}),
	);
	const input: ElkNode = {
		id: 'map',
		layoutOptions: {
			'elk.algorithm': 'layered',
			'elk.edgeRouting': 'POLYLINE',
			'elk.edgeLabels.placement': 'CENTER',
			'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
			'elk.padding': '[top=4,left=4,bottom=4,right=4]',
			...options,
		},
		children: [...boxes.entries()].map(([id, b]) => ({ id, width: b.width, height: b.height })),
		edges: graph.edges.map((e): ElkExtendedEdge => ({
			id: e.id,
			sources: [reversed(e.type) ? e.to : e.from],
			targets: [reversed(e.type) ? e.from : e.to],
			labels: panel
				? []
				: [
						{
							text: relationLabels[e.type].verb,
							width: Math.ceil(relationLabels[e.type].verb.length * charWidth(mapType.edge) + 6),
							height: mapType.edge + 4,
							// On its own line, which runs behind the label's patch: set beside the line at a bend, a
							// verb was read as a neighbouring line's ("coordinates" beside the PIPL box).
							layoutOptions: { 'elk.edgeLabels.inline': 'true' },
						},
					],
		})),
	};
	const out = await elk.layout(input);
	const relations = new Map(graph.edges.map((e) => [e.id, e]));
	return {
		variant,
		width: Math.ceil(out.width ?? 0),
		height: Math.ceil(out.height ?? 0),
		nodes: (out.children ?? []).map((c) => {
			const b = boxes.get(c.id)!;
			return {
				id: c.id,
				group: b.node.group,
				x: c.x ?? 0,
				y: c.y ?? 0,
				width: b.width,
				height: b.height,
				lines: b.lines,
				...(b.verbLines.length > 0 && { verbLines: b.verbLines }),
				...(b.stage && { stage: b.stage, stageLines: b.stageLines }),
			};
		}),
		edges: (out.edges ?? []).map((e) => {
			const relation = relations.get(e.id)!;
			const section = e.sections?.[0];
			const laidOut = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
			const points = reversed(relation.type) ? laidOut.reverse() : laidOut;
			const label = e.labels?.[0];
			return {
				id: e.id,
				type: relation.type,
				from: relation.from,
				to: relation.to,
				path: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' '),
				...(label && {
					label: {
						text: label.text ?? '',
						x: round(label.x ?? 0),
						y: round(label.y ?? 0),
						width: label.width ?? 0,
						height: label.height ?? 0,
					},
				}),
			};
		}),
	};
}

const round = (n: number) => Math.round(n * 10) / 10;
