import { editSimilarity, wordOverlap } from './nearest-links';
import { pinyinWords, wordsOfEntries, type NameEntry, type NamesIndex } from './names';
import { chineseQuestion, compact, contentTokens, isStopWord, LONG_STOP_WORDS, quantities, tokenize, type Token } from './query';
import { entriesAskedFor, sitePagesNamed, sitePageWords } from './site-pages';
import type { SitePage } from '../site/site-pages';

/**
 * Instant answers from the names index (src/search/names.ts), in the browser and without
 * Pagefind, so they can appear on each keystroke: the glossary entries a query names, entries
 * whose names start as typed, "Did you mean …?" for a misspelt name or word, and laws or bodies
 * the site has no entry for. Pure: the same query and index always give the same answers.
 */

export type MatchKind = 'name' | 'abbr' | 'zh' | 'pinyin' | 'spacing';

export interface NameMatch {
	entry: NameEntry;
	how: MatchKind;
	/** The query tokens it covers: [start, end). */
	start: number;
	end: number;
}

export interface Answers {
	query: string;
	tokens: Token[];
	/** Entries the query names (name, abbreviation, alias, Chinese name or its pinyin), in query order: they rank first. */
	named: NameMatch[];
	/** Entries to show as the reader types: those named, then those whose names start with or contain what is typed. */
	entries: NameEntry[];
	/** A corrected query, and the entry it names if any. */
	didYouMean?: { query: string; entry?: NameEntry };
	/** Misspelt words: token index → the word the site uses. */
	corrections: Record<number, string>;
	/** Rules whose key facts state a quantity the query asks for ("1 hour" → the incident rules): they rank next. */
	stating: NameEntry[];
	/** With no entry named, the one whose name the query begins ("cyber security" → Cybersecurity Law): it ranks first. */
	begins?: NameEntry;
	/** A law or body the query names that has no entry, with the closest entries. */
	uncovered?: { phrase: string; nearest: NameEntry[] };
	/**
	 * Pinyin of part of a Chinese name ("shuju chujing"), with the characters it spells (数据出境):
	 * the pages are not in pinyin, so those are looked up instead.
	 */
	spelled: { start: number; end: number; han: string }[];
	/** The site's own pages the query names ("sources", "lesson plans"): they come first. */
	pages: SitePage[];
	/** With no site page named, the entries the query asks for by what readers call them ("who wrote the book"): they rank first. */
	asked: NameEntry[];
}

const MAX_ENTRIES = 4;
/** A part of Chinese names (or its pinyin) that more entries than this share is too common to name any one. */
const MAX_PART_OWNERS = 3;

interface Prepared {
	/** compact English name or abbreviation → entries, and the name's words. */
	english: Map<string, { entry: NameEntry; words: string; abbr: boolean }[]>;
	/** joined toneless syllables of a whole Chinese name, or of its last three or more syllables → entries. */
	pinyin: Map<string, { entry: NameEntry; whole: boolean }[]>;
	/** joined toneless syllables of two or more characters, in whole words, of a Chinese name → those characters. */
	han: Map<string, Set<string>>;
	/** Per entry, its names as lists of words, for prefix answers and nearest entries. */
	nameWords: Map<NameEntry, string[][]>;
	vocabulary: Set<string>;
	stems: Set<string>;
	/**
	 * The most words a name has, in English or in pinyin syllables: a query is searched for names of
	 * up to that many words. A fixed 14 missed the book's 15-word title and the MIIT platform's 22
	 * syllables, and named only MIIT inside them.
	 */
	span: number;
}

const cache = new WeakMap<NamesIndex, Prepared>();

/** The last words of rules' names that readers say as "rules" ("CII Regulations", "Cybersecurity Review Measures"). */
const RULE_WORDS = new Set(['regulations', 'measures', 'provisions']);

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);

/** Words of a name, hyphens split: "Multi-Layer Protection System" → multi layer protection system. */
const wordsOf = (tokens: Token[]) => tokens.flatMap((t) => t.norm.split(/[-’'.,]/)).filter(Boolean);

function prepare(index: NamesIndex): Prepared {
	const hit = cache.get(index);
	if (hit) return hit;
	const english = new Map<string, { entry: NameEntry; words: string; abbr: boolean }[]>();
	const pinyin = new Map<string, { entry: NameEntry; whole: boolean }[]>();
	const han = new Map<string, Set<string>>();
	const nameWords = new Map<NameEntry, string[][]>();
	let span = 1;
	for (const entry of index.entries) {
		const lists: string[][] = [];
		for (const name of entry.names) {
			const tokens = tokenize(name);
			span = Math.max(span, tokens.length);
			const key = compact(tokens);
			if (!key) continue;
			const words = wordsOf(tokens);
			lists.push(words);
			if (!english.get(key)?.some((e) => e.entry === entry))
				push(english, key, { entry, words: words.join(' '), abbr: name === entry.abbr });
			// Readers call any regulations, measures or provisions "rules": "vulnerability disclosure
			// rules" names the vulnerability-disclosure regulations, and matched none of their names.
			if (RULE_WORDS.has(words.at(-1)!)) {
				const said = [...words.slice(0, -1), 'rules'];
				const saidKey = compact(tokenize(said.join(' ')));
				if (!english.get(saidKey)?.some((e) => e.entry === entry)) push(english, saidKey, { entry, words: said.join(' '), abbr: false });
			}
		}
		nameWords.set(entry, lists);
		for (const { text, pinyin: spelt } of entry.zh) {
			const words = pinyinWords(spelt);
			const s = words.flat();
			span = Math.max(span, s.length);
			for (let i = 0; i <= s.length - 2; i++) {
				const whole = i === 0;
				if (!whole && s.length - i < 3) break;
				const key = s.slice(i).join('');
				if (!pinyin.get(key)?.some((p) => p.entry === entry)) push(pinyin, key, { entry, whole });
			}
			// One syllable per character, as for a name of Chinese characters only; whole words only, as
			// the names index marks them, so "huawei" never spells 化委 across 信息化|委员会.
			const chars = [...text];
			if (chars.length !== s.length) continue;
			const edges = words.reduce((at, w) => [...at, at.at(-1)! + w.length], [0]);
			for (const i of edges)
				for (const j of edges) {
					if (j - i < 2) continue;
					const key = s.slice(i, j).join('');
					han.set(key, (han.get(key) ?? new Set()).add(chars.slice(i, j).join('')));
				}
		}
	}
	const vocabulary = new Set([...wordsOfEntries(index.entries), ...index.words, ...sitePageWords(index.sitePages)]);
	const prepared = { english, pinyin, han, nameWords, vocabulary, stems: new Set([...vocabulary].map(stemOf)), span };
	cache.set(index, prepared);
	return prepared;
}

/** A rough English stem, for telling an inflection ("enforces", "enforced") from a typo. */
const stemOf = (word: string) => word.replace(/(?:ies|es|s|ed|ing|ly)$/, '') || word;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The entries a query names, longest match first, none overlapping another. */
function namedIn(tokens: Token[], p: Prepared): NameMatch[] {
	const candidates: NameMatch[] = [];
	for (let start = 0; start < tokens.length; start++) {
		const token = tokens[start]!;
		if (token.han) {
			// A question asked in Chinese ("数据安全法什么时候实施") names what its pieces name.
			const whole = hanMatches(token.text, p);
			const matches = whole.length > 0 ? whole : chineseQuestion(token.text).pieces.flatMap((piece) => hanMatches(piece, p));
			for (const m of matches) candidates.push({ ...m, start, end: start + 1 });
			continue;
		}
		for (let end = start + 1; end <= Math.min(tokens.length, start + p.span); end++) {
			const span = tokens.slice(start, end);
			if (span.some((t) => t.han)) break;
			const key = compact(span);
			const words = wordsOf(span).join(' ');
			for (const e of p.english.get(key) ?? [])
				candidates.push({ entry: e.entry, how: e.abbr ? 'abbr' : e.words === words ? 'name' : 'spacing', start, end });
			const letters = span.map((t) => t.norm.replace(/[^a-z]/g, '')).join('');
			const owners = letters.length >= 4 ? (p.pinyin.get(letters) ?? []) : [];
			if (owners.some((o) => o.whole) || (owners.length > 0 && owners.length <= MAX_PART_OWNERS))
				for (const o of owners) candidates.push({ entry: o.entry, how: 'pinyin', start, end });
		}
	}
	candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const accepted: NameMatch[] = [];
	for (const c of candidates) {
		if (accepted.some((a) => a.entry === c.entry)) continue;
		// A longer name wins over the names inside it ("CII" inside "CII Regulations"); one span may name several entries.
		if (accepted.some((a) => overlaps(a, c) && (a.start !== c.start || a.end !== c.end))) continue;
		accepted.push(c);
	}
	return accepted.sort((a, b) => a.start - b.start);
}

/** Entries named in a run of Chinese: a whole name or short form inside it, or the run as the end of a name. */
function hanMatches(run: string, p: Prepared): { entry: NameEntry; how: MatchKind }[] {
	const entries = [...p.nameWords.keys()];
	const whole = entries.filter((e) => e.zh.some((z) => run.includes(z.text)));
	if (whole.length > 0) {
		// Keep only the longest names found (网络安全法 in 中华人民共和国网络安全法, not 网络安全 as part of another).
		const longest = Math.max(...whole.map((e) => Math.max(...e.zh.filter((z) => run.includes(z.text)).map((z) => z.text.length))));
		return whole.filter((e) => e.zh.some((z) => run.includes(z.text) && z.text.length === longest)).map((entry) => ({ entry, how: 'zh' }));
	}
	if ([...run].length < 2) return [];
	const ending = entries.filter((e) => e.zh.some((z) => z.text.endsWith(run)));
	return ending.length <= MAX_PART_OWNERS ? ending.map((entry) => ({ entry, how: 'zh' })) : [];
}

/**
 * Runs of pinyin that spell part of a Chinese name ("shuju chujing" → 数据出境), longest first, where
 * no entry is named: never a word the site uses in English, and only characters one reading spells.
 */
function spelledIn(tokens: Token[], named: NameMatch[], p: Prepared): { start: number; end: number; han: string }[] {
	const out: { start: number; end: number; han: string }[] = [];
	const free = (i: number) =>
		!tokens[i]!.han && !tokens[i]!.stop && !p.vocabulary.has(tokens[i]!.norm) && !named.some((m) => m.start <= i && i < m.end);
	for (let start = 0; start < tokens.length; start++) {
		for (let end = Math.min(tokens.length, start + p.span); end > start; end--) {
			if (![...Array(end - start).keys()].every((k) => free(start + k))) continue;
			const letters = tokens
				.slice(start, end)
				.map((t) => t.norm.replace(/[^a-z]/g, ''))
				.join('');
			const spelt = letters.length >= 4 ? p.han.get(letters) : undefined;
			if (spelt?.size !== 1) continue;
			out.push({ start, end, han: [...spelt][0]! });
			start = end - 1;
			break;
		}
	}
	return out;
}

/** Entries whose names start with, or have words starting with, every word typed: answers while typing. */
function startingWith(tokens: Token[], p: Prepared): NameEntry[] {
	const words = contentTokens(tokens).filter((t) => !t.han);
	const han = tokens.filter((t) => t.han).map((t) => t.text);
	const typed = words.map((t) => t.norm.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
	const letters = tokens.map((t) => t.norm.replace(/[^a-z]/g, '')).join('');
	const scored: { entry: NameEntry; score: number }[] = [];
	for (const [entry, lists] of p.nameWords) {
		let score = 0;
		if (han.length > 0 && han.every((h) => entry.zh.some((z) => z.text.includes(h)))) score = 3;
		if (typed.length > 0 && typed.join('').length >= 2) {
			for (const list of lists) {
				const joined = list.join('');
				if (joined.startsWith(typed.join(''))) score = Math.max(score, 3 - list.length / 100);
				else if (typed.every((t) => list.some((w) => w.startsWith(t)))) score = Math.max(score, 2 - list.length / 100);
			}
		}
		// Pinyin as it is typed: from the start of any word of a Chinese name (wangxin… in guojia|wangxinban),
		// not from inside one ("huawei" is not 化委 of 信息化|委员会).
		if (letters.length >= 4)
			for (const z of entry.zh) {
				const words = pinyinWords(z.pinyin);
				const at = words.findIndex((_, i) => words.slice(i).flat().join('').startsWith(letters));
				if (at >= 0) score = Math.max(score, at === 0 ? 2.5 : 2.4);
			}
		if (score > 0) scored.push({ entry, score: score - entry.term.length / 10_000 });
	}
	return scored.sort((a, b) => b.score - a.score).map((s) => s.entry);
}

/**
 * The closest word the site uses, for a word it does not: "cybersecurty" → "cybersecurity". A
 * misspelt question word is corrected too ("what happend in 2021"), so it frames the query as the
 * word does instead of being looked up.
 */
function corrected(word: string, p: Prepared): string | undefined {
	if (word.length < 5 || !/^\p{Script=Latin}+$/u.test(word) || p.vocabulary.has(word) || p.stems.has(stemOf(word))) return undefined;
	// A word still being typed is the start of a known word, not a typo.
	for (const v of p.vocabulary) if (v.startsWith(word)) return undefined;
	let best: { word: string; score: number } | undefined;
	// The site's words are no dictionary, so a real word ("small") may be close to none of them: a
	// question word is taken only for a long word with one letter left out or doubled ("happend").
	const questionWords = word.length >= 6 ? LONG_STOP_WORDS.filter((v) => Math.abs(v.length - word.length) === 1) : [];
	for (const v of [...p.vocabulary, ...questionWords]) {
		if (Math.abs(v.length - word.length) > 2 || v[0] !== word[0]) continue;
		const score = editSimilarity(word, v);
		if (score >= 0.8 && (!best || score > best.score)) best = { word: v, score };
	}
	return best?.word;
}

const HEADS = new Set(
	'law laws act ministry commission administration bureau agency department council committee court procuratorate office authority regulator'.split(
		' ',
	),
);
const JOINERS = new Set(['of', 'on', 'for', 'the', 'and']);

/** "National Security Law", "Ministry of State Security": a law or body the query names by its words. */
function institutionPhrase(tokens: Token[]): { start: number; end: number } | undefined {
	const head = tokens.findIndex((t) => !t.han && HEADS.has(t.norm));
	if (head < 0) return undefined;
	let start = head;
	while (start > 0 && !tokens[start - 1]!.stop && !tokens[start - 1]!.han) start--;
	let end = head + 1;
	if (tokens[end] && JOINERS.has(tokens[end]!.norm)) {
		let e = end;
		while (tokens[e] && (JOINERS.has(tokens[e]!.norm) || (!tokens[e]!.stop && !tokens[e]!.han))) e++;
		if (e > end + 1) end = e;
	}
	while (end > head + 1 && JOINERS.has(tokens[end - 1]!.norm)) end--;
	return end - start >= 2 ? { start, end } : undefined;
}

const KIND_OF_HEAD: Record<string, string[]> = { law: ['law', 'regulation'], laws: ['law', 'regulation'], act: ['law', 'regulation'] };

function nearestEntries(phrase: string[], head: string, p: Prepared): NameEntry[] {
	const kinds = KIND_OF_HEAD[head] ?? ['agency', 'organisation'];
	return [...p.nameWords]
		.map(([entry, lists]) => ({
			entry,
			score: Math.max(0, ...lists.map((l) => wordOverlap(phrase, l))) + (kinds.includes(entry.kind) ? 0.15 : 0),
		}))
		.filter((s) => s.score >= 0.45)
		.sort((a, b) => b.score - a.score)
		.slice(0, 3)
		.map((s) => s.entry);
}

/**
 * The entry whose name the words begin, the shortest such name first: "personal information
 * protection" is the PIPL's, not the compliance audits' longer name that begins the same way. The
 * same whether the words were typed so or corrected ("personel information protection").
 */
function begunBy(key: string, p: Prepared): NameEntry | undefined {
	const owners = [...p.english].filter(([k]) => k.startsWith(key) && k !== key);
	return owners.sort(([a], [b]) => a.length - b.length)[0]?.[1][0]?.entry;
}

export function answer(query: string, index: NamesIndex): Answers {
	const p = prepare(index);
	const tokens = tokenize(query);
	// An entry asked for by what readers call it holds every word of the query: a name in that
	// ("the CAC's book") is part of it, not an entry asked about.
	const asked = entriesAskedFor(tokens, index.entries);
	const named = asked.length > 0 ? [] : namedIn(tokens, p);
	const out: Answers = {
		query,
		tokens,
		named,
		stating: stating(tokens, index),
		entries: [],
		corrections: {},
		spelled: spelledIn(tokens, named, p),
		pages: sitePagesNamed(tokens, index.sitePages),
		asked: [],
	};
	if (out.pages.length === 0) out.asked = asked;

	const spacing = named.find((m) => m.how === 'spacing');
	let typoQuery: string | undefined;
	if (spacing) out.didYouMean = { query: spacing.entry.term, entry: spacing.entry };
	// A page or an entry asked for is every word of the query read: nothing is misspelt.
	else if (out.pages.length === 0 && out.asked.length === 0) {
		// A question word is a correction only beside something else asked: "abort" alone is not "about".
		const alone = (i: number) => !tokens.some((o, k) => k !== i && !o.stop);
		const fixed = tokens.map((t, i) => {
			let c = t.stop || t.han || [...named, ...out.spelled].some((m) => m.start <= i && i < m.end) ? undefined : corrected(t.norm, p);
			if (c && isStopWord(c) && alone(i)) c = undefined;
			if (c) out.corrections[i] = c;
			return c ?? t.text;
		});
		if (Object.keys(out.corrections).length > 0) {
			typoQuery = fixed.join(' ');
			const fixedTokens = tokenize(typoQuery);
			// Name the entry when the corrected words are its name, or begin it ("Cyberspace Administration").
			const key = compact(contentTokens(fixedTokens));
			const fixedNamed = namedIn(fixedTokens, p);
			const entry = fixedNamed[0]?.entry ?? (contentTokens(fixedTokens).length >= 2 ? begunBy(key, p) : undefined);
			out.didYouMean = { query: typoQuery, ...(entry && { entry }) };
			// "miit cybresecurity threat … platform" names MIIT as typed, but the platform once corrected:
			// a name inside the corrected one is part of it, not an entry asked for.
			const wider = fixedTokens.length === tokens.length ? fixedNamed[0] : undefined;
			if (wider) out.named = named.filter((m) => m.start < wider.start || m.end > wider.end);
		}
	}

	const phrase = institutionPhrase(tokens);
	if (phrase && !out.didYouMean && !named.some((m) => overlaps(m, phrase))) {
		const span = tokens.slice(phrase.start, phrase.end);
		const key = compact(span);
		const isStartOfName = [...p.english.keys()].some((k) => k.startsWith(key));
		if (!isStartOfName) {
			const head = span.find((t) => HEADS.has(t.norm))!.norm;
			out.uncovered = { phrase: span.map((t) => t.text).join(' '), nearest: nearestEntries(wordsOf(span), head, p) };
		}
	}

	if (named.length === 0 && !out.didYouMean) {
		const key = compact(contentTokens(tokens).filter((t) => !t.han));
		const entry = key.length >= 8 ? begunBy(key, p) : undefined;
		if (entry) out.begins = entry;
	}

	const typing = typoQuery ? tokenize(typoQuery) : tokens;
	const entries = [
		...out.named.map((m) => m.entry),
		...out.asked,
		...(out.didYouMean?.entry ? [out.didYouMean.entry] : []),
		...(out.begins ? [out.begins] : []),
		...startingWith(typing, p),
	];
	out.entries = [...new Set(entries)].slice(0, MAX_ENTRIES);
	return out;
}

/**
 * The entries whose key facts state a quantity of the query, in any form the query tokenizer
 * gives it ("one hour", "1 hour"): the rule that sets a deadline answers a question about it
 * better than a page that repeats it. Whole words only, so "1 hour" never matches "11 hours".
 */
function stating(tokens: Token[], index: NamesIndex): NameEntry[] {
	const phrases = quantities(tokens).flatMap((q) => q.phrases.map((p) => p.toLowerCase()));
	if (phrases.length === 0) return [];
	const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}.,])(?:${phrases.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
	// The rule in force before the one it replaced, which may state the same figure.
	return index.entries
		.filter((e) => e.facts?.some((f) => pattern.test(f.toLowerCase().replace(/\s+/g, ' '))))
		.sort((a, b) => Number(a.replacedBy !== undefined) - Number(b.replacedBy !== undefined));
}

/** Whether the site uses a word (in names, definitions or headings). */
export const knownWord = (index: NamesIndex, word: string): boolean => prepare(index).vocabulary.has(word);
