import type { CollectionEntry } from 'astro:content';
import type { TermStatus } from './status';
import type { Fact } from '../schemas/fact';

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
	/** The rule's deadlines, fines or thresholds that the card shows (cardFacts). */
	facts: CollectionEntry<'facts'>[];
	/** How many figures in force the rule sets in all, when the card shows fewer: it links to the rest. */
	factsInForce?: number;
}

/**
 * The most figures a card shows. Seven fines or deadlines made a card taller than a phone's screen,
 * to be scrolled inside a popover; three still answer "how much, how fast" at a glance.
 */
export const CARD_FACT_LIMIT = 3;

/**
 * The figures of a rule that its card shows: those in force (a replaced text's figures, `until`,
 * are the entry's history), or where there are more than CARD_FACT_LIMIT, the ones marked
 * `onCard` (src/content/check.ts makes sure they are marked, and few enough). `inForce` counts them
 * all, for the card's link to the rest.
 */
export function cardFacts<T>(facts: readonly T[], data: (fact: T) => Pick<Fact, 'until' | 'onCard'>): { shown: T[]; inForce: number } {
	const inForce = facts.filter((f) => data(f).until === undefined);
	const marked = inForce.filter((f) => data(f).onCard);
	return { shown: marked.length > 0 ? marked : inForce, inForce: inForce.length };
}
