import type { Answers } from './answers';
import {
	DEADLINE_UNITS,
	DEADLINE_WORDS,
	asksWhenStarted,
	chineseQuestion,
	datePhrases,
	isOutParticle,
	isStopWord,
	makingWords,
	pagesWords,
	quantities,
	questionFrame,
	type BookSectionReference,
	type Figure,
	type Token,
} from './query';

/**
 * What to look up for a query, term by term (src/search/client.ts runs it against Pagefind):
 * - each glossary entry the query names, by its name as typed (or its English name, for pinyin);
 * - each quantity, by every way the site writes it, as exact phrases ("1 hour" finds "one hour"
 *   and "one-hour", never 1988);
 * - each quoted phrase;
 * - every other word that is not a question or stop word; two that the site writes as one word
 *   ("cyber security") are looked up as that word; a misspelt one also by its correction, and
 *   in a "when" question "passed" or "enacted" also as the site's words for it ("adopted" …);
 * - what is left of a run of Chinese once the names in it are taken out ("网络安全法罚款" → 罚款);
 * - pinyin of part of a Chinese name, by the characters it spells ("shuju chujing" → 数据出境).
 */
export interface Term {
	/** How the results name it ("Showing results for …"). */
	label: string;
	/** Pagefind queries; a page has the term if any of them finds it. */
	searches: string[];
	/** How much its excerpt matters when a page has several terms (names matter less than topics). */
	weight?: number;
	/**
	 * Pagefind scores every page of an exact phrase the same, so the pages the searches find are
	 * ranked by this query's scores instead ("one hour" without quotes).
	 */
	rankBy?: string;
	/**
	 * A single word as typed: Pagefind also finds it as the start of longer words ("intel" in
	 * "intelligence"), which should count for less than the word itself (src/search/client.ts).
	 */
	word?: string;
	/** For an entry the query names: all its names, which a passage may use instead of the one typed ("PIPL"). */
	names?: string[];
	/** For an entry the query names: its id. Every part of its own page is about it. */
	entry?: string;
	/**
	 * The name as typed, when it narrows a shorter name of the same entry ("MLPS 2.0", not "MLPS"):
	 * a passage that says it is about what was asked, not just about the entry.
	 */
	narrower?: string;
	/**
	 * A word that names the figure asked for ("deadline" in "incident reporting deadline"): a
	 * passage that shows such a figure ("1 hour") holds it, whether or not it says the word.
	 */
	namesFigure?: boolean;
	/**
	 * A single word's place in the query, every word counted (stop words too), or a name's last
	 * word's: words a page has at the same distances apart as in the query are the query's own
	 * phrase there (src/search/client.ts).
	 */
	place?: number;
	/**
	 * A misspelt word as typed (the first of `searches`, before its correction). When the site does
	 * not have it as a word, Pagefind matches the longest start of it that some word has ("be" for
	 * "Beihnag", "xi" for "Xidain"), so it is looked up only if the site has it as typed (src/search/client.ts).
	 */
	misspelt?: string;
}

export interface Plan {
	terms: Term[];
	/** The words to mark in results and on the page a result opens: the query less its stop words. */
	highlight: string;
	/** The figure the question asks for ("when" → a date, "how fast" → a duration), which excerpts should show. */
	figure?: Figure;
	/** A "who" question: agencies and organisations answer it. */
	actor?: boolean;
	/** A question of how much ("how much was DiDi fined", "DiDi fine amount"): an event that shows the amount answers it. */
	howMuch?: boolean;
	/** A book section the query names: the page that covers it comes first. */
	bookSection?: BookSectionReference;
}

const quote = (s: string) => `"${s}"`;
/** Whether `name` is a run of whole words of `longer`, and shorter ("MLPS" in "MLPS 2.0"). */
function narrowedBy(name: string, longer: string): boolean {
	const [a, b] = [name, longer].map((x) => x.toLowerCase().split(/\s+/).filter(Boolean));
	return a!.length > 0 && a!.length < b!.length && b!.some((_, i) => a!.every((w, k) => b![i + k] === w));
}
const textOf = (tokens: Token[]) => tokens.map((t) => t.text).join(' ');

/**
 * The terms of a run of Chinese: its pieces as typed, and the verbs of a question asked in Chinese
 * as the English words the pages use ("数据安全法什么时候实施": 实施 → "effective", and in a "when"
 * question the timeline’s "in force"). A run that asks nothing is one term, as typed (if `shortest` characters or more).
 */
function chineseTerms(run: string, at: number, figure: Figure | undefined, shortest = 1): (Term & { at: number })[] {
	const { pieces, words, asks } = chineseQuestion(run);
	if (!asks) return [...run].length >= shortest ? [{ at, label: run, searches: [run] }] : [];
	return [
		...pieces.map((piece) => ({ at, label: piece, searches: [piece] })),
		...words.map((w) => ({ at, label: w, searches: [w, ...(figure === 'date' ? makingWords(w) : []), ...pagesWords(w)] })),
	];
}

export function planSearch(
	a: Answers,
	knownWord: (word: string) => boolean = () => false,
	coversSection: (asked: BookSectionReference) => boolean = () => false,
): Plan {
	const { tokens } = a;
	const question = questionFrame(tokens);
	const { actor, howMuch, frame, bookSection: named } = question;
	// "Cybersecurity Law in force" asks when the law it names started, as "when" would.
	const figure = question.figure ?? (a.named.length > 0 && asksWhenStarted(tokens) ? 'date' : undefined);
	// A book section the site covers is answered by its page: its number is not looked up ("section 9" is).
	const bookSection =
		named && coversSection(named) ? { section: named.section, ...(named.chapter !== undefined && { chapter: named.chapter }) } : undefined;
	// Words that only frame the question ("what year", "in charge of", "section 3") are not looked up.
	const used = new Set<number>([...frame, ...(bookSection ? named!.at : [])]);
	const take = (start: number, end: number) => {
		for (let i = start; i < end; i++) used.add(i);
	};
	const taken = (start: number, end: number) => [...Array(end - start).keys()].some((k) => used.has(start + k));
	const terms: (Term & { at: number })[] = [];
	const highlight: (string | undefined)[] = tokens.map(() => undefined);

	for (const m of a.named) {
		const span = tokens.slice(m.start, m.end);
		// The rest of a run of Chinese around a name is a topic of its own, or the question asked about
		// it: the name is taken out whole, or as the piece of a question that ends it ("数据安全法" asked
		// about in "数据安全法什么时候实施"), which is what is looked up for the name.
		const run = span.length === 1 && span[0]!.han ? span[0]!.text : undefined;
		const asked = run ? chineseQuestion(run) : undefined;
		const said = run
			? [
					...m.entry.zh.map((z) => z.text).filter((z) => run.includes(z)),
					...asked!.pieces.filter((piece) => m.entry.zh.some((z) => z.text.endsWith(piece))),
				]
			: [];
		// Pinyin is not in the pages: look the entry up by its short form. A name spaced another way
		// ("Cyber Security Law") by the name as the site spells it, which its pages use.
		const typed = asked?.asks && said[0] ? said[0] : textOf(span);
		const search = m.how === 'pinyin' ? (m.entry.abbr ?? m.entry.term) : m.how === 'spacing' ? m.entry.term : typed;
		const names = [...m.entry.names, ...m.entry.zh.map((z) => z.text)];
		// A one-word name ("CERT") is also found inside longer words ("certification"), which count for less.
		const word = /^[\p{L}\p{N}]+$/u.test(search) && !/\p{Script=Han}/u.test(search) ? { word: search } : {};
		const narrows = names.some((n) => narrowedBy(n, search));
		terms.push({
			at: m.start,
			label: m.how === 'spacing' ? m.entry.term : typed,
			searches: [search],
			weight: 0.5,
			names,
			entry: m.entry.id,
			...word,
			...(narrows && { narrower: search }),
			// A name as typed is part of the query's phrase: "situational awareness and emergency
			// response" is a heading, which the words after the name alone are not.
			...((m.how === 'name' || m.how === 'abbr') && { place: m.end - 1 }),
		});
		highlight[m.start] = search;
		take(m.start, m.end);
		if (run && said.length > 0) {
			const rest = said.reduce((left, name) => left.replace(name, ' '), run);
			for (const piece of rest.split(' ')) {
				// A character left over beside a name ("的") is no topic.
				const asked = chineseTerms(piece, m.start + 0.5, figure, 2);
				terms.push(...asked);
				for (const t of asked) highlight[m.start] += ` ${t.searches[0]}`;
			}
		}
	}
	// Pinyin of part of a Chinese name: the pages have the characters.
	for (const { start, end, han } of a.spelled) {
		if (taken(start, end)) continue;
		terms.push({ at: start, label: han, searches: [han] });
		highlight[start] = han;
		take(start, end);
	}
	for (const q of quantities(tokens)) {
		if (taken(q.start, q.end)) continue;
		terms.push({ at: q.start, label: q.label, searches: q.phrases.map((p) => (p.includes('-') ? p : quote(p))), rankBy: q.rankBy });
		highlight[q.start] = q.phrases.map(quote).join(' ');
		take(q.start, q.end);
	}
	for (const d of datePhrases(tokens)) {
		if (taken(d.start, d.end)) continue;
		terms.push({ at: d.start, label: d.label, searches: [quote(d.label)] });
		highlight[d.start] = quote(d.label);
		take(d.start, d.end);
	}
	const phrases = new Map<number, number[]>();
	tokens.forEach((t, i) => t.phrase !== undefined && !used.has(i) && phrases.set(t.phrase, [...(phrases.get(t.phrase) ?? []), i]));
	for (const indexes of phrases.values()) {
		const text = textOf(indexes.map((i) => tokens[i]!));
		terms.push({ at: indexes[0]!, label: quote(text), searches: [quote(text)] });
		highlight[indexes[0]!] = quote(text);
		indexes.forEach((i) => used.add(i));
	}
	const content = tokens.some((t, i) => !t.stop && !frame.has(i));
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		if (used.has(i) || (t.stop && content)) continue;
		if (t.han && t.phrase === undefined) {
			const asked = chineseTerms(t.text, i, figure);
			terms.push(...asked);
			highlight[i] = asked.map((a) => a.searches[0]).join(' ');
			continue;
		}
		const next = tokens[i + 1];
		const joined = next && !used.has(i + 1) && !next.stop && !t.han && !next.han ? `${t.norm}${next.norm}` : '';
		if (joined && knownWord(joined)) {
			terms.push({ at: i, label: `${t.text} ${next!.text}`, searches: [joined] });
			highlight[i] = joined;
			used.add(i + 1);
			continue;
		}
		// A misspelt word is also looked up as its correction; "passed" in a "when" or "who" question
		// as the words the site uses for a rule being made ("adopted"); "penalties" as the pages'
		// "fines". A misspelt question word ("happend") is not looked up, as the word is not.
		const fix = a.corrections[i];
		if (fix && isStopWord(fix) && content) continue;
		const also = fix ? [fix] : [...(figure === 'date' || actor ? makingWords(t.norm) : []), ...pagesWords(t.norm)];
		// The "out" of "came out" is looked up only as what it means, when the question asks for that.
		const typed = isOutParticle(tokens, i) && also.length > 0 ? [] : [t.text];
		// "deadline" is also looked up as the units a deadline is given in.
		const namesFigure = figure === 'duration' && DEADLINE_WORDS.has(t.norm) && t.phrase === undefined;
		terms.push({
			at: i,
			label: fix ?? typed[0] ?? also[0]!,
			searches: [...typed, ...also, ...(namesFigure ? DEADLINE_UNITS : [])],
			...(also.length === 0 && !t.han && t.phrase === undefined && { word: t.text }),
			...(namesFigure && { namesFigure: true }),
			...(!t.han && t.phrase === undefined && { place: i }),
			...(fix && { misspelt: t.text }),
		});
		highlight[i] = [...typed, ...also].join(' ');
	}
	return {
		terms: terms.sort((x, y) => x.at - y.at).map(({ at: _at, ...term }) => term),
		highlight: highlight.filter(Boolean).join(' '),
		...(figure && { figure }),
		...(actor && { actor }),
		...(howMuch && { howMuch }),
		...(bookSection && { bookSection }),
	};
}
