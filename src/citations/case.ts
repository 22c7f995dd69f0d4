/**
 * Title capitalization for citations. Page titles on the site are written either way ("Laying the
 * Foundation for Cybersecurity", "What the chapter signals"); each style guide wants its own case:
 *
 * - APA 7 (Publication Manual 6.17): titles of works in the reference list in *sentence case*: capitalize
 *   the first word, the first word after a colon, em dash or end punctuation, and proper nouns only.
 * - MLA 9 (MLA Handbook, "Capitalization" of titles, unchanged since the 7th edition's 3.6.1) and
 *   Chicago 17 (8.159; chicagomanualofstyle.org Q&A: "Chicago and MLA lowercase all prepositions
 *   regardless of length"):
 *   *title case / headline style*: capitalize the first and last words and all major words, including
 *   the parts of hyphenated compounds; lowercase articles, prepositions regardless of length,
 *   coordinating conjunctions and the "to" of infinitives. They differ on two points: MLA lowercases
 *   all seven coordinating conjunctions (and, but, for, nor, or, so, yet), Chicago only five
 *   (and, but, for, or, nor); Chicago also lowercases "as" in any function.
 *
 * Words written with inner capitals or as acronyms (CAC, MLPS, iPhone) are never changed. Sentence
 * case cannot tell a proper noun from a capitalized common noun, so callers pass the names that
 * must stay capitalized (the glossary's terms); a few that any page title here might contain are
 * built in.
 */

export type HeadlineStyle = 'mla' | 'chicago';

const ARTICLES = ['a', 'an', 'the'];
// Common prepositions. Words as often used otherwise in titles are left out on purpose: particles
// ("Setting Up": CMOS 8.159 capitalizes them when used adverbially), "than" (a conjunction in
// "Better Than Rules", CMOS Q&A) and "like" (a verb in "What Readers Like").
const PREPOSITIONS = [
	'about',
	'above',
	'across',
	'after',
	'against',
	'along',
	'amid',
	'among',
	'around',
	'at',
	'before',
	'behind',
	'below',
	'beneath',
	'beside',
	'besides',
	'between',
	'beyond',
	'by',
	'concerning',
	'despite',
	'during',
	'except',
	'for',
	'from',
	'in',
	'inside',
	'into',
	'near',
	'of',
	'on',
	'onto',
	'outside',
	'per',
	'regarding',
	'since',
	'through',
	'throughout',
	'till',
	'to',
	'toward',
	'towards',
	'under',
	'underneath',
	'unlike',
	'until',
	'upon',
	'versus',
	'via',
	'with',
	'within',
	'without',
];
const MINOR: Record<HeadlineStyle, Set<string>> = {
	mla: new Set([...ARTICLES, ...PREPOSITIONS, 'as', 'and', 'but', 'for', 'nor', 'or', 'so', 'yet']),
	chicago: new Set([...ARTICLES, ...PREPOSITIONS, 'as', 'and', 'but', 'for', 'or', 'nor']),
};

/**
 * Names that stay capitalized in sentence case on this site, whatever the caller passes. The
 * names content brings (the glossary's, the analysis's author) come from the caller: the site
 * index's `namesForCiteCasing`.
 */
export const builtInProperNouns: readonly string[] = ['China', 'Chinese', 'Xi Jinping', 'Beijing'];

interface Token {
	/** The word, without surrounding punctuation. */
	word: string;
	start: number;
	/** True for the first word of the title or of a subtitle (after ":", "—", "?" or "!"). */
	opensPhrase: boolean;
	last: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function tokens(title: string): Token[] {
	const found = [...title.matchAll(WORD)];
	return found.map((m, i) => {
		const before = title.slice(i === 0 ? 0 : found[i - 1]!.index! + found[i - 1]![0].length, m.index);
		return { word: m[0], start: m.index!, opensPhrase: i === 0 || /[:—?!]/.test(before), last: i === found.length - 1 };
	});
}

/** CAC, MLPS, iPhone, McDonald, 5G, the pronoun I: written on purpose, never recased. */
const isDeliberate = (part: string) => /.[\p{Lu}]/u.test(part) || /\p{N}/u.test(part) || part === 'I';
const upperFirst = (part: string) => part.charAt(0).toUpperCase() + part.slice(1);

function replaceWords(title: string, recase: (t: Token) => string): string {
	let out = '';
	let at = 0;
	for (const t of tokens(title)) {
		out += title.slice(at, t.start) + recase(t);
		at = t.start + t.word.length;
	}
	return out + title.slice(at);
}

/** MLA 9 title case or Chicago 17 headline style (see the rules at the top of this file). */
export function headlineCase(title: string, style: HeadlineStyle): string {
	const minor = MINOR[style];
	return replaceWords(title, (t) =>
		t.word
			.split('-')
			.map((part, i) => {
				if (isDeliberate(part)) return part;
				const edge = i === 0 && (t.opensPhrase || t.last);
				return !edge && minor.has(part.toLowerCase()) ? part.toLowerCase() : upperFirst(part);
			})
			.join('-'),
	);
}

const namePatterns = new Map<string, RegExp>();

/** A name as a whole word (not inside a longer word), compiled once per build. */
function namePattern(name: string): RegExp {
	let pattern = namePatterns.get(name);
	if (!pattern) {
		pattern = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
		namePatterns.set(name, pattern);
	}
	return pattern;
}

const noProperNouns: readonly string[] = [];

/** A text's words as namePattern bounds them: runs of letters and digits. */
const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Each list of names by its words (the key namesIn looks up), made once per list: every page passes the site's one list. */
const byWords = new WeakMap<readonly string[], { names: Map<string, string[]>; longest: number }>();
function indexByWords(names: readonly string[]) {
	let index = byWords.get(names);
	if (!index) {
		index = { names: new Map(), longest: 0 };
		for (const name of names) {
			const words = wordsOf(name);
			if (words.length === 0) continue;
			const key = words.join(' ');
			index.names.set(key, [...(index.names.get(key) ?? []), name]);
			index.longest = Math.max(index.longest, words.length);
		}
		byWords.set(names, index);
	}
	return index;
}

/**
 * The names that may occur in `title`: a name matches only whole words, so its words are a run of
 * the title's. Looking up the title's runs of words, rather than trying each of the glossary's
 * names on each page's title, keeps the cost per page flat as the glossary grows: pages × names
 * was 0.6 s of a ×10 build's prerendering, and grew with the square of the content.
 */
function namesIn(title: string, names: readonly string[]): string[] {
	const { names: byKey, longest } = indexByWords(names);
	const words = wordsOf(title);
	const found: string[] = [];
	for (let from = 0; from < words.length; from++)
		for (let to = from + 1; to <= Math.min(words.length, from + longest); to++)
			found.push(...(byKey.get(words.slice(from, to).join(' ')) ?? []));
	return [...new Set(found)];
}

/** APA 7 sentence case, keeping `properNouns` (and the built-in names) as written. */
export function sentenceCase(title: string, properNouns: readonly string[] = noProperNouns): string {
	const kept: [number, number][] = [];
	for (const name of [...namesIn(title, builtInProperNouns), ...namesIn(title, properNouns)]) {
		if (!title.includes(name)) continue;
		for (const m of title.matchAll(namePattern(name))) kept.push([m.index!, m.index! + m[0].length]);
	}
	const isKept = (t: Token) => kept.some(([from, to]) => t.start >= from && t.start < to);
	return replaceWords(title, (t) => {
		if (isKept(t)) return t.opensPhrase ? upperFirst(t.word) : t.word;
		return t.word
			.split('-')
			.map((part, i) => (isDeliberate(part) ? part : i === 0 && t.opensPhrase ? upperFirst(part.toLowerCase()) : part.toLowerCase()))
			.join('-');
	});
}
