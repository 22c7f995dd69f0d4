import type { GlossaryTerm } from '../schemas/glossary';
import { namesForLinking } from './names';

/** One string that, found in prose, stands for a glossary term. */
export interface MatchPattern {
	text: string;
	termId: string;
	/** Abbreviations and Chinese names match exactly; English names ignore case. */
	caseSensitive: boolean;
}

/**
 * Every name of every auto-linked term (see namesForLinking). Two terms claiming one name is a content
 * problem that src/content/check.ts reports before the build gets here; should it happen anyway,
 * the first term keeps the name.
 */
export function buildMatchPatterns(terms: Iterable<GlossaryTerm & { id: string }>): MatchPattern[] {
	const patterns: MatchPattern[] = [];
	const taken = new Set<string>();
	for (const t of terms) {
		if (!t.autolink) continue;
		for (const { text, caseSensitive } of namesForLinking(t)) {
			const key = caseSensitive ? text : text.toLowerCase();
			if (taken.has(key)) continue;
			taken.add(key);
			patterns.push({ text, termId: t.id, caseSensitive });
		}
	}
	return patterns;
}
