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

/** Where the reader's "Term cards: on / off" choice is kept on the device. */
export const TERM_CARDS_SETTING = 'term-cards';

/** Hover intent: a pointer resting this long on a term opens its card (Wikipedia uses ~500 ms). */
export const OPEN_DELAY_MS = 300;
/** Grace period for the pointer to cross from the term onto the card (WCAG 1.4.13 "hoverable"). */
export const CLOSE_DELAY_MS = 300;
