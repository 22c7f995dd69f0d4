import { glossaryById, termUsage } from './collections';
import { kindLabels } from '../site/labels';
import { termHref } from '../site/urls';

/** What a term card shows; the page embeds one of these per term it links, once. */
export interface TermCardData {
	term: string;
	abbr?: string;
	zh?: string;
	pinyin?: string;
	kind: string;
	short: string;
	href: string;
	/** How many of the chapter's pages mention the term. */
	sections: number;
}

/** Card data for exactly the terms a page links: embedded once in that page, never the whole glossary. */
export async function cardDataFor(ids: string[], base: string): Promise<Record<string, TermCardData>> {
	const glossary = await glossaryById();
	const usage = await termUsage();
	const out: Record<string, TermCardData> = {};
	for (const id of ids) {
		const entry = glossary.get(id);
		if (!entry) continue;
		const t = entry.data;
		out[id] = {
			term: t.term,
			...(t.abbr && { abbr: t.abbr }),
			...(t.zh && { zh: t.zh }),
			...(t.pinyin && { pinyin: t.pinyin }),
			kind: kindLabels[t.kind].singular,
			short: t.short,
			href: termHref(base, id),
			sections: usage.get(id)?.length ?? 0,
		};
	}
	return out;
}
