/** Where the reader's "Term cards: on / off" choice is kept on the device. */
export const TERM_CARDS_SETTING = 'term-cards';

/** What the reader did before the card script loaded (src/scripts/reading-tools.ts): the move that loaded it. */
export interface FirstMove {
	/** The last pointer pressed was a finger: focus that follows a tap opens nothing. */
	touch: boolean;
	/** A term the pointer rested on, and when it arrived (performance.now()). */
	hovered?: { link: HTMLAnchorElement; since: number };
	/** A term tapped once (its link was not followed): its card opens. */
	tapped?: HTMLAnchorElement;
}

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
