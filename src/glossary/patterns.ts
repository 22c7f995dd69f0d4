import type { GlossaryEntry, Located } from '../content/read';
import type { Problem } from '../content/problems';

/** One string that, found in prose, stands for a glossary term. */
export interface MatchPattern {
	text: string;
	termId: string;
	/** Abbreviations and Chinese names match exactly; English names ignore case. */
	caseSensitive: boolean;
}

/**
 * Every name of every auto-linked term: display term, abbreviation, aliases and Chinese names.
 * Two terms claiming the same name would make links ambiguous, so that is a content problem.
 */
export function buildMatchPatterns(glossary: Map<string, Located<GlossaryEntry>>): {
	patterns: MatchPattern[];
	problems: Problem[];
} {
	const patterns: MatchPattern[] = [];
	const problems: Problem[] = [];
	const owner = new Map<string, string>();
	for (const entry of glossary.values()) {
		const t = entry.value;
		if (!t.autolink) continue;
		const names: [string, boolean, PropertyKey[]][] = [
			[t.term, false, ['term']],
			...(t.abbr ? [[t.abbr, true, ['abbr']] as [string, boolean, PropertyKey[]]] : []),
			...t.aliases.map((a, i): [string, boolean, PropertyKey[]] => [a, false, ['aliases', i]]),
			...(t.zh ? [[t.zh, true, ['zh']] as [string, boolean, PropertyKey[]]] : []),
			...t.zhAliases.map((a, i): [string, boolean, PropertyKey[]] => [a, true, ['zhAliases', i]]),
		];
		for (const [text, caseSensitive, path] of names) {
			const key = caseSensitive ? text : text.toLowerCase();
			const other = owner.get(key);
			if (other === t.id) continue;
			if (other) {
				problems.push({
					file: entry.file,
					line: entry.lineOf(path),
					field: path.join('.'),
					message: `"${text}" is also a name of "${other}", so the term linker cannot tell them apart`,
					fix: `remove it from one of the two entries, or set "autolink: false" on one and link it with <Term id="…">`,
				});
				continue;
			}
			owner.set(key, t.id);
			patterns.push({ text, termId: t.id, caseSensitive });
		}
	}
	return { patterns, problems };
}
