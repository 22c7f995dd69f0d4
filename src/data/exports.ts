import type { CollectionEntry } from 'astro:content';
import { statusStage } from '../glossary/status';
import { addressOf, withBase } from '../site/urls';
import { eventDateLabel } from './collections';
import type { RelationGraph } from '../drawing/map-layout';

// The shapes of the Data page's downloads (/data/), each built from the collections the pages use.

/** One event of /timeline.json. */
export function exportEvent(e: CollectionEntry<'timeline'>, events: CollectionEntry<'timeline'>[], base: string, site: URL | undefined) {
	return {
		id: e.id,
		...(e.data.date ? { date: e.data.date.iso, precision: e.data.date.precision } : { date: null, after: e.data.after }),
		dateLabel: eventDateLabel(e, events),
		title: e.data.title,
		description: e.data.description,
		kind: e.data.kind,
		...(e.data.milestone && { milestone: e.data.milestone }),
		terms: e.data.terms,
		sources: e.data.sources,
		url: addressOf(withBase(base, `timeline/#${e.id}`), site),
	};
}

/** /relations.json: the who's-who map as data, nodes with their status, edges with their sources. */
export function exportRelations(graph: RelationGraph, base: string, site: URL | undefined) {
	return {
		nodes: graph.nodes.map((n) => {
			const s = n.entry.data.status;
			return {
				id: n.entry.id,
				name: n.entry.data.term,
				group: n.group,
				url: addressOf(withBase(base, `glossary/${n.entry.id}/`), site),
				...(s && {
					status: {
						stage: statusStage(s),
						...(s.draft && { draft: s.draft.iso }),
						...(s.adopted && { adopted: s.adopted.iso }),
						...(s.published && { published: s.published.iso }),
						...(s.inForce && { inForce: s.inForce.iso }),
						amended: s.amended.map((a) => ({
							on: a.on.iso,
							...(a.inForce && { inForce: a.inForce.iso }),
							...(a.note && { note: a.note }),
						})),
						...(s.replacedBy && { replacedBy: s.replacedBy }),
						asOf: s.asOf.iso,
						sources: s.sources,
					},
				}),
			};
		}),
		edges: graph.edges.map((e) => ({ from: e.from, type: e.type, to: e.to, sources: e.sources })),
	};
}

/** CSL-JSON date-parts from "2021", "2021-09" or "2021-09-01". */
const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/**
 * One source as a CSL-JSON item (citationstyles.org), for reference managers. Names are given as
 * `literal`, never split into given and family names, since most authors are institutions.
 */
export function cslItem(s: CollectionEntry<'sources'>) {
	const d = s.data;
	return {
		id: s.id,
		type: d.format ?? (d.url ? 'webpage' : 'document'),
		title: d.title,
		...(d.author && { author: [{ literal: d.author }] }),
		...(d.publisher && { publisher: d.publisher }),
		...(d.date && { issued: dateParts(d.date.iso) }),
		...(d.url && { URL: d.url }),
		language: d.language,
		...(d.note && { note: d.note }),
	};
}
