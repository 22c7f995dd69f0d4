import type { Source } from '../schemas/source';
import type { PartialDate } from '../schemas/ids';

/**
 * Short labels for works cited together on one page, such that two different works never share a
 * label: a work is named by its publisher (or, without one, its title), and where other works on
 * the page have the same publisher, also by its year, or where the years do not tell them apart,
 * by a short form of its title ("Wikiwand, “Central Cyberspace Affairs Commission”").
 */
export interface SourceLabel {
	/** The publisher, or the title of a work without one. */
	name: string;
	/** What tells this work from the page's other works by `name`: a year, or a short title. */
	detail?: { kind: 'year' | 'title'; text: string };
}

type Work = Pick<Source, 'id' | 'title' | 'publisher'> & { date?: Pick<PartialDate, 'iso'> | undefined };

const maxTitle = 48;

/** A title without a trailing note in brackets ("(Wikiwand article)"), cut at a word near 48 characters. */
export function shortTitle(title: string): string {
	const bare = title.replace(/\s*\([^()]*\)\s*$/, '') || title;
	if (bare.length <= maxTitle) return bare;
	const cut = bare.slice(0, maxTitle).replace(/[\s,;:–—-]+\S*$/, '');
	return `${cut}…`;
}

const yearOf = (w: Work) => w.date?.iso.slice(0, 4);
const allDistinct = (values: (string | undefined)[]) => values.every((v) => v !== undefined) && new Set(values).size === values.length;

export function sourceLabels(works: readonly Work[]): Map<string, SourceLabel> {
	const byName = new Map<string, Work[]>();
	for (const w of new Map(works.map((w) => [w.id, w])).values()) {
		const name = w.publisher ?? w.title;
		byName.set(name, [...(byName.get(name) ?? []), w]);
	}
	const labels = new Map<string, SourceLabel>();
	for (const [name, group] of byName) {
		if (group.length === 1) {
			labels.set(group[0]!.id, { name });
			continue;
		}
		const years = group.map(yearOf);
		const shorts = group.map((w) => shortTitle(w.title));
		const details: SourceLabel['detail'][] = allDistinct(years)
			? years.map((y) => ({ kind: 'year', text: y! }))
			: allDistinct(shorts)
				? shorts.map((t) => ({ kind: 'title', text: t }))
				: group.map((w) => ({ kind: 'title', text: [w.title, yearOf(w)].filter(Boolean).join(', ') }));
		group.forEach((w, i) => labels.set(w.id, { name, detail: details[i]! }));
	}
	return labels;
}

/** The works of one citation, with those that share a name gathered under it once, in order of first mention. */
export function groupByName(ids: readonly string[], labels: Map<string, SourceLabel>): { name: string; ids: string[] }[] {
	const groups: { name: string; ids: string[] }[] = [];
	for (const id of new Set(ids)) {
		const name = labels.get(id)?.name ?? id;
		const group = groups.find((g) => g.name === name);
		if (group) group.ids.push(id);
		else groups.push({ name, ids: [id] });
	}
	return groups;
}
