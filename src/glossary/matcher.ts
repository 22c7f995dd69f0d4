import type { MatchPattern } from './patterns';

export interface TermMatch {
	start: number;
	end: number;
	termId: string;
}

/** Finds glossary names in a run of text. Built once per build; each call is linear in the text. */
export interface TermMatcher {
	find(text: string): TermMatch[];
}

interface Candidate {
	termId: string;
	length: number;
	/** Sticky: tested only at the position where the name would start. */
	regex: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordChar = /[\p{L}\p{N}]/u;
// Scripts written without spaces between words: a name in them matches wherever it occurs.
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const leadingWord = /^[\p{L}\p{N}]+/u;

const isWordStart = (text: string, i: number) => {
	const ch = text[i]!;
	return wordChar.test(ch) && !unspaced.test(ch) && (i === 0 || !wordChar.test(text[i - 1]!) || unspaced.test(text[i - 1]!));
};

/**
 * Indexes every name by how it starts: names in spaced scripts by their first word (lower-cased),
 * names in Chinese or starting with a symbol by their first character. Scanning a text then costs
 * one map lookup per word, plus a check of the few names that start there, longest first, so
 * "Cybersecurity Law" wins over "cybersecurity" and the cost does not grow with the glossary.
 * Whole words only for spaced scripts; abbreviations and Chinese match case-sensitively.
 */
export function createMatcher(patterns: readonly MatchPattern[]): TermMatcher {
	const byWord = new Map<string, Candidate[]>();
	const byChar = new Map<string, Candidate[]>();
	for (const p of patterns) {
		const body = escape(p.text.trim()).replace(/\s+/g, '\\s+');
		const after = unspaced.test(p.text.at(-1) ?? '') ? '' : '(?![\\p{L}\\p{N}])';
		const candidate = { termId: p.termId, length: p.text.length, regex: new RegExp(`${body}${after}`, p.caseSensitive ? 'uy' : 'iuy') };
		const first = p.text.trim()[0] ?? '';
		const word = leadingWord.exec(p.text.trim())?.[0];
		const [map, key] = word && !unspaced.test(first) ? [byWord, word.toLowerCase()] : [byChar, first];
		map.set(key, [...(map.get(key) ?? []), candidate]);
	}
	for (const list of [...byWord.values(), ...byChar.values()]) list.sort((a, b) => b.length - a.length);

	const tryAt = (text: string, i: number, candidates: Candidate[] | undefined): TermMatch | undefined => {
		for (const c of candidates ?? []) {
			c.regex.lastIndex = i;
			if (c.regex.test(text)) return { start: i, end: c.regex.lastIndex, termId: c.termId };
		}
		return undefined;
	};

	return {
		find(text) {
			const out: TermMatch[] = [];
			let i = 0;
			while (i < text.length) {
				let match = byChar.size > 0 ? tryAt(text, i, byChar.get(text[i]!)) : undefined;
				if (!match && isWordStart(text, i)) {
					const word = leadingWord.exec(text.slice(i, i + 64))?.[0] ?? '';
					match = tryAt(text, i, byWord.get(word.toLowerCase()));
				}
				if (match) {
					out.push(match);
					i = match.end;
				} else i++;
			}
			return out;
		},
	};
}
