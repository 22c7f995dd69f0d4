import type { GlossaryTerm } from '../schemas/glossary';
import { hanSearchParts } from './cjk';
import { NAME_SEPARATOR } from './model';

/**
 * Every name a reader may type for a glossary entry: term, abbreviation, aliases, variant
 * renderings, the Chinese name and short forms, plus the inner parts of the Chinese names.
 * The glossary page puts this in Pagefind metadata (an attribute, not page text), so it is
 * searchable and ranked by `metaWeights.names` but never shown in an excerpt or read aloud.
 */
export function searchNames(t: Pick<GlossaryTerm, 'term' | 'abbr' | 'aliases' | 'zh' | 'zhAliases' | 'variants'>): string {
	const zh = [t.zh, ...t.zhAliases].filter((n): n is string => Boolean(n));
	const english = [t.term, t.abbr, ...t.aliases, ...t.variants.map((v) => v.text)].filter((n): n is string => Boolean(n));
	const names = new Set([...english, ...zh, ...hanSearchParts(zh).split(' ').filter(Boolean)]);
	return [...names].join(NAME_SEPARATOR);
}
