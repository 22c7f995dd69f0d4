import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import { statusStage, type StatusStage } from '../glossary/status';
import { relationLabels, statusStageLabels } from '../site/labels';
import type { NodeGroup, RelationGraph } from './relations';
import type { RelationType } from '../schemas/glossary';
import { wrapLabel } from './text-fit';

/**
 * Lays out the who's-who graph at build time with ELK (elkjs, the Eclipse Layout Kernel's layered
 * algorithm), so no position is placed by hand and the page ships no JavaScript. Two forms: one
 * wide map, read left to right (who acts → what it acts on), and for phones a stack of small maps,
 * one per body or rule that acts, each two boxes wide, so it stays legible at 320 px. (One tall
 * map does not fit: ELK spreads the long edges of a 20-box graph over more than 1,500 px.)
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
	/** Narrow panels: how the panel's subject relates to this box ("issues, enforces"), shown above its name. */
	verb?: string;
	/** A rule's stage, shown under its name. */
	stage?: StatusStage;
	stageLabel?: string;
}

export interface PlacedEdge {
	id: string;
	type: RelationType;
	/** SVG path data through ELK's bend points. */
	path: string;
	/** Wide map only: the verb drawn on the edge. */
	label?: { text: string; x: number; y: number; width: number; height: number };
}

export interface MapLayout {
	variant: MapVariant;
	/** Narrow panels: the one entry whose relations the panel shows. */
	subject?: string;
	width: number;
	height: number;
	nodes: PlacedNode[];
	edges: PlacedEdge[];
}

/** Type sizes in SVG user units (px at 100 %), which the stylesheet (src/styles/map.css) uses too. */
export const mapType = { label: 14, lineHeight: 18, stage: 12, edge: 12, padX: 8, padY: 7 } as const;

// No browser at build time, so text is measured by a generous average glyph width for the UI
// sans-serif fonts (0.63 em, bold included); boxes are sized from it with padding to spare.
const charWidth = (size: number) => size * 0.63;

const settings: Record<MapVariant, { maxChars: number; options: Record<string, string> }> = {
	wide: {
		maxChars: 22,
		options: {
			'elk.direction': 'RIGHT',
			'elk.layered.spacing.nodeNodeBetweenLayers': '90',
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

/** The narrow form: one small map per entry that acts on others, bodies first, in the graph's order. */
export async function layoutPanels(graph: RelationGraph): Promise<MapLayout[]> {
	const subjects = graph.nodes.filter((n) => graph.edges.some((e) => e.from === n.entry.id));
	return Promise.all(
		subjects.map(async (s) => {
			const edges = graph.edges.filter((e) => e.from === s.entry.id);
			const ids = new Set([s.entry.id, ...edges.map((e) => e.to)]);
			const layout = await layoutMap({ nodes: graph.nodes.filter((n) => ids.has(n.entry.id)), edges }, 'narrow');
			return { ...layout, subject: s.entry.id };
		}),
	);
}

export async function layoutMap(graph: RelationGraph, variant: MapVariant): Promise<MapLayout> {
	const { maxChars, options } = settings[variant];
	const { padX, padY } = mapType;
	const panel = variant === 'narrow';
	const verbs = (id: string) =>
		[...new Set(graph.edges.filter((e) => e.to === id).map((e) => relationLabels[e.type].verb))].join(', ') || undefined;
	const boxes = new Map(
		graph.nodes.map((n) => {
			const lines = wrapLabel(n.label, maxChars);
			const verb = panel ? verbs(n.entry.id) : undefined;
			const stage = n.entry.data.status && statusStage(n.entry.data.status);
			const widest = Math.max(...lines.map((l) => l.length), stage ? statusStageLabels[stage].length * (mapType.stage / mapType.label) : 0);
			const width = Math.ceil(Math.max(widest, variant === 'narrow' ? maxChars : 10) * charWidth(mapType.label) + 2 * padX);
			const height = Math.ceil((lines.length + (verb ? 1 : 0)) * mapType.lineHeight + (stage ? mapType.stage + 6 : 0) + 2 * padY);
			return [n.entry.id, { node: n, lines, verb, stage, width, height }];
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
			sources: [e.from],
			targets: [e.to],
			labels: panel
				? []
				: [
						{
							text: relationLabels[e.type].verb,
							width: Math.ceil(relationLabels[e.type].verb.length * charWidth(mapType.edge) + 6),
							height: mapType.edge + 4,
						},
					],
		})),
	};
	const out = await elk.layout(input);
	const types = new Map(graph.edges.map((e) => [e.id, e.type]));
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
				...(b.verb && { verb: b.verb }),
				...(b.stage && { stage: b.stage, stageLabel: statusStageLabels[b.stage] }),
			};
		}),
		edges: (out.edges ?? []).map((e) => {
			const section = e.sections?.[0];
			const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
			const label = e.labels?.[0];
			return {
				id: e.id,
				type: types.get(e.id)!,
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
