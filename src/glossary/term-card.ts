import type { CollectionEntry } from 'astro:content';
import type { TermStatus } from './status';

// The shape of a term card, which pages get from the site index (src/data/site-index.ts, termCards)
// and hand to TermCards.astro: here, below both, so the component can name it without importing
// src/data/.

/** What a term card shows, and the ids that tie it to the links that open it. */
export interface TermCard {
	/** The popover's id (src/site/term-card-ids.ts). */
	id: string;
	/** The glossary entry's id. */
	termId: string;
	/** The definition's id, which every link to the term names in aria-describedby. */
	definitionId: string;
	/** For sorting: the term alone. */
	term: string;
	/** "Cyberspace Administration of China (CAC)". */
	title: string;
	zh?: string;
	pinyin?: string;
	/** The kind's label, e.g. "Agency". */
	kind: string;
	short: string;
	href: string;
	status?: TermStatus;
	/** The rule's deadlines, fines or thresholds as they stand (content/facts.yaml), without those of a replaced text. */
	facts: CollectionEntry<'facts'>[];
}
