import { glossaryById } from './collections';
import { kindLabels } from '../site/labels';
import { termCardId, termDefinitionId } from '../site/term-card-ids';
import { termHref } from '../site/urls';

/** What a term card shows, and the ids that tie it to the links that open it. */
export interface TermCard {
	/** The popover's id (src/site/term-card-ids.ts). */
	id: string;
	/** The glossary entry's id. */
	termId: string;
	/** The definition's id, which every link to the term names in aria-describedby. */
	definitionId: string;
	term: string;
	abbr?: string;
	zh?: string;
	pinyin?: string;
	/** The kind's label, e.g. "Agency". */
	kind: string;
	short: string;
	href: string;
}

/**
 * One card per glossary term a page links, each once, in the order given. Every id
 * comes from a checked source (the term linker's record, or a collection's cross-references that
 * src/content/check.ts verified), so an unknown one is a bug in the page, not in the content.
 */
export async function cardsFor(ids: Iterable<string>, base: string): Promise<TermCard[]> {
	const glossary = await glossaryById();
	return [...new Set(ids)].map((id) => {
		const entry = glossary.get(id);
		if (!entry) throw new Error(`a page asked for a term card for "${id}", which is not in content/glossary/`);
		const t = entry.data;
		return {
			id: termCardId(id),
			termId: id,
			definitionId: termDefinitionId(id),
			term: t.term,
			abbr: t.abbr,
			zh: t.zh,
			pinyin: t.pinyin,
			kind: kindLabels[t.kind].singular,
			short: t.short,
			href: termHref(base, id),
		};
	});
}
