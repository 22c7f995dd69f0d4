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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Scripts written without spaces between words: a name in them matches wherever it occurs.
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const wordChar = '[\\p{L}\\p{N}]';

/**
 * Compiles every pattern into one regular expression. Alternatives are ordered longest first, so
 * "Cybersecurity Law" wins over "cybersecurity" at the same position; English names are wrapped in
 * a case-insensitive group (RegExp modifiers, Node 23+ and current browsers) while abbreviations and
 * Chinese stay exact.
 */
export function createMatcher(patterns: readonly MatchPattern[]): TermMatcher {
	if (patterns.length === 0) return { find: () => [] };
	const exact = new Map<string, string>();
	const folded = new Map<string, string>();
	for (const p of patterns) (p.caseSensitive ? exact : folded).set(p.caseSensitive ? p.text : p.text.toLowerCase(), p.termId);

	const alternatives = [...patterns]
		.sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text))
		.map((p) => {
			const body = escape(p.text).replace(/\s+/g, '\\s+');
			const before = unspaced.test(p.text.at(0) ?? '') ? '' : `(?<!${wordChar})`;
			const after = unspaced.test(p.text.at(-1) ?? '') ? '' : `(?!${wordChar})`;
			return `${before}${p.caseSensitive ? body : `(?i:${body})`}${after}`;
		});
	const regex = new RegExp(alternatives.join('|'), 'gu');

	return {
		find(text) {
			const out: TermMatch[] = [];
			for (const m of text.matchAll(regex)) {
				const found = m[0].replace(/\s+/g, ' ');
				const termId = exact.get(found) ?? folded.get(found.toLowerCase());
				if (termId) out.push({ start: m.index, end: m.index + m[0].length, termId });
			}
			return out;
		},
	};
}
