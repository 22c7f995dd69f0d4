/** Where the reader's "Term cards: on / off" choice is kept on the device. */
export const TERM_CARDS_SETTING = 'term-cards';

/** Hover intent: a pointer resting this long on a term opens its card (Wikipedia uses ~500 ms). */
export const OPEN_DELAY_MS = 300;
/** Grace period for the pointer to cross from the term onto the card (WCAG 1.4.13 "hoverable"). */
export const CLOSE_DELAY_MS = 300;

/** How a card was opened: it closes differently after a hover, a keyboard focus or a tap. */
export type CardMode = 'hover' | 'focus' | 'tap';

/** A choice made where storage is refused (some private windows): it lasts for this page. */
let choiceOnThisPage: boolean | undefined;

/** The reader's choice, read each time a card would open. Cards are on unless turned off. */
export function termCardsEnabled(): boolean {
	if (choiceOnThisPage !== undefined) return choiceOnThisPage;
	try {
		return localStorage.getItem(TERM_CARDS_SETTING) !== 'off';
	} catch {
		return true;
	}
}

export function setTermCardsEnabled(on: boolean): void {
	choiceOnThisPage = on;
	try {
		localStorage.setItem(TERM_CARDS_SETTING, on ? 'on' : 'off');
	} catch {
		// Storage refused: choiceOnThisPage keeps the choice until the reader leaves the page.
	}
}
