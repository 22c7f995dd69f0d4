import type { Source } from '../schemas/source';
import { chineseLangOf } from './chinese-runs';

/**
 * A source's short label, the link text wherever the site names a work in passing: a passage's
 * "Sources:" line, a comparison table's source list, the timeline. /sources/ gives each work in full.
 *
 * The label is the publisher, shortened ("Cyberspace Administration of China (cac.gov.cn)" reads
 * "Cyberspace Administration of China"; "Center for Strategic and International Studies (CSIS),
 * Interpret: China (…)" reads "CSIS"). When other works in content/sources.yaml share that short
 * publisher, each of them adds what tells it apart: its year when no other of them has that year
 * ("China Law & Practice, 2024"), else the opening words of its title, as few as tell them apart
 * ("CSIS, Governing Cybersecurity"; "CSIS, About Interpret"). So two different works never share
 * a label, on any page, and a work's label is the same on every page.
 */
export interface SourceLabel {
	/** The whole label as one string ("CSIS, Governing Cybersecurity"). */
	text: string;
	/** The shortened publisher (or, for a work without one, its shortened title). */
	publisher: string;
	/** The language its Chinese is marked in: zh-Hant for a work in Traditional characters ("商台新聞"). */
	chineseLang: 'zh-Hans' | 'zh-Hant';
	/** What tells the work apart from others of its publisher: a year or the start of its title. */
	detail?: string;
	/** The language of `detail` when it is not English (a Chinese title's opening), for `lang`. */
	detailLang?: string;
	/**
	 * `detail` is the opening of a title that goes on: screen and paper mark it with an ellipsis
	 * (SourceLink.astro, pages.css), or readers took "Mondaq, Time Will" for a label cut off by
	 * mistake, and "IAPP, Top 5 operational" for a whole title.
	 */
	cut?: boolean;
}

type Labelled = Pick<Source, 'id' | 'title' | 'publisher' | 'date' | 'language'>;

/** Every source's label, by id. Labels are unique across the sources given. */
export function sourceLabels(sources: readonly Labelled[]): Map<string, SourceLabel> {
	const groups = new Map<string, Labelled[]>();
	for (const s of sources) {
		const key = shortPublisher(s.publisher) ?? '';
		groups.set(key, [...(groups.get(key) ?? []), s]);
	}
	const labels = new Map<string, SourceLabel>();
	for (const [publisher, members] of groups) {
		const details =
			publisher === '' ? titleDetails(members, 6) : members.length > 1 ? distinguish(members, publisher) : new Map<string, Detail>();
		for (const s of members) {
			const { text: detail, cut = false } = details.get(s.id) ?? {};
			const head = publisher || detail || s.id;
			const rest = publisher ? detail : undefined;
			const detailLang = rest !== undefined && han.test(rest) ? s.language : undefined;
			labels.set(s.id, {
				text: rest ? `${head}, ${rest}` : head,
				publisher: head,
				chineseLang: chineseLangOf(s.language),
				...(rest !== undefined && { detail: rest }),
				...(detailLang !== undefined && { detailLang }),
				...(cut && rest !== undefined && { cut }),
			});
		}
	}
	// Two works alike in publisher, year and title (two copies of one text): the id tells them apart.
	const seen = new Map<string, number>();
	for (const label of labels.values()) seen.set(label.text, (seen.get(label.text) ?? 0) + 1);
	for (const [id, label] of labels)
		if ((seen.get(label.text) ?? 0) > 1)
			labels.set(id, { ...label, detail: `${label.detail ?? ''} (${id})`.trim(), text: `${label.text} (${id})` });
	return labels;
}

const han = /\p{Script=Han}/u;
/** An address standing for a name: "cac.gov.cn", "interpret.csis.org". */
const domain = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;
/** An abbreviation a publisher gives itself: "CSIS", "CASI", "RFI". */
const abbreviation = /^[A-Z][A-Z&]{1,7}$/;

/**
 * The publisher as a label names it. "Name (ABBR), more" and "ABBR (Expansion), more" become the
 * abbreviation; an address in brackets or after a comma goes when a name remains; so does a
 * bracketed Chinese name after an English one. Other brackets stay: "Mondaq (Herbert Smith
 * Freehills Kramer)" names who wrote for the outlet.
 */
export function shortPublisher(publisher: string | undefined): string | undefined {
	if (publisher === undefined) return undefined;
	const text = publisher.trim();
	const lead = /^([^(),]+?)\s*\(([^()]+)\)/.exec(text);
	const [name = '', inner = ''] = (lead?.slice(1) ?? []).map((part) => part.trim());
	if (abbreviation.test(inner)) return inner;
	if (abbreviation.test(name) && !domain.test(inner)) return name;
	const kept = text
		.split(/\s*\(([^()]*)\)/)
		.map((part, i) =>
			i % 2 === 0 ? part : domain.test(part.trim()) || (han.test(part) && !han.test(text.replace(`(${part})`, ''))) ? '' : ` (${part})`,
		)
		.join('')
		.split(/\s*,\s*/)
		.filter((part, i) => i === 0 || !domain.test(part))
		.join(', ')
		.trim();
	return kept || text;
}

/**
 * A year for each member whose year no other member shares; the opening words of the title for the
 * rest, as few as tell those apart.
 */
function distinguish(members: Labelled[], publisher: string): Map<string, Detail> {
	const year = (s: Labelled) => s.date?.iso.slice(0, 4);
	const dated = members.filter((s) => year(s) !== undefined && members.filter((o) => year(o) === year(s)).length === 1);
	const rest = members.filter((s) => !dated.includes(s));
	return new Map([...dated.map((s) => [s.id, { text: year(s)! }] as const), ...titleDetails(rest, 3, publisher)]);
}

/** What tells a work apart, and whether it is a title cut short. */
interface Detail {
	text: string;
	cut?: boolean;
}

/** Words that lead into the next: a text cut short does not end on one (a short title, a note's opening). */
export const leadingWords = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with', '&']);

/**
 * The opening words of each title, as few (at least `least`) as make every member's different, as
 * a short-form citation gives a title ("Wikipedia, Ministry of Industry"), marked `cut` where the
 * title goes on. A title's main part, before its subtitle's colon, is whole ("Mondaq, Time Will
 * Tell"). A Chinese title is one word: it has no spaces, and cut short it would say something else.
 */
function titleDetails(members: Labelled[], least: number, publisher = ''): Map<string, Detail> {
	if (members.length === 0) return new Map();
	const words = new Map(members.map((s) => [s.id, titleWords(s.title, publisher)]));
	const opening = (id: string, n: number) => {
		const all = words.get(id)!;
		let end = Math.min(n, all.length);
		while (end < all.length && leadingWords.has(all[end - 1]!.toLowerCase().replace(/[:,.]$/, ''))) end++;
		// One word left is shorter than the ellipsis that would stand for it.
		if (end === all.length - 1) end++;
		const text = all
			.slice(0, end)
			.join(' ')
			.replace(/[:,;.]$/, '');
		return end < all.length ? { text, cut: true } : { text };
	};
	const longest = Math.max(...[...words.values()].map((w) => w.length));
	let n = least;
	const distinct = () => new Set(members.map((s) => opening(s.id, n).text)).size === members.length;
	while (n < longest && !distinct()) n++;
	return new Map(members.map((s) => [s.id, opening(s.id, n)]));
}

/**
 * A title's words for a label: a Chinese title with an English one in brackets gives the English
 * ("… (English translation: Chapter 5, …)"); a Chinese title drops "中华人民共和国" and any bracket;
 * an English one drops the publisher's name where it opens the title ("People's Daily Online report
 * on …"), then a leading article, and stops at a colon after its first two words.
 */
function titleWords(title: string, publisher: string): string[] {
	let text = title.trim();
	const english = /\(([^()]*[A-Za-z][^()]*)\)\s*$/.exec(text);
	if (han.test(text.replace(english?.[0] ?? '', '')) && english && !han.test(english[1]!)) text = english[1]!;
	if (han.test(text)) {
		const main = text
			.replace(/\s*[(（][^()（）]*[)）]/g, '')
			.replace(/^中华人民共和国/, '')
			.trim();
		return [main || text];
	}
	const named = publisher && text.toLowerCase().startsWith(`${publisher.toLowerCase()} `) ? text.slice(publisher.length).trim() : text;
	const words = named.split(/\s+/).filter(Boolean);
	if (words.length > 1 && /^(the|a|an)$/i.test(words[0]!)) words.shift();
	const colon = words.findIndex((w) => w.endsWith(':'));
	return colon >= 1 ? words.slice(0, colon + 1) : words;
}

/**
 * The works of one citation gathered by publisher, in order of first mention, each work once: a
 * line citing two works of one publisher names it once ("Wikipedia: Cyberspace Administration,
 * Central Cyberspace"), as the who's-who map's relation list does, rather than repeat it.
 */
export function groupByPublisher(ids: readonly string[], labels: ReadonlyMap<string, SourceLabel>): { publisher: string; ids: string[] }[] {
	const groups: { publisher: string; ids: string[] }[] = [];
	for (const id of new Set(ids)) {
		const publisher = labels.get(id)?.publisher ?? id;
		const group = groups.find((g) => g.publisher === publisher);
		if (group) group.ids.push(id);
		else groups.push({ publisher, ids: [id] });
	}
	return groups;
}
