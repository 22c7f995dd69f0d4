/**
 * The reading tools, loaded by src/scripts/every-page.ts where a page has any, once it is idle: term
 * cards, permalinks and "Copy link to selected text", and "Cite this". Each tool's code loads only
 * when a reader first reaches for it, so a reader who uses none downloads this file alone (issue
 * 27: a section page at most 1.15× the bytes of its copy without JavaScript). Until then every
 * tool is what the HTML gives: a term link names its definition (aria-describedby) and leads to
 * its entry, a permalink is a plain #id link, every citation is written out.
 *
 * What each loads on:
 * - term cards: a pointer resting on a term, a term focused (Tab), or a first tap on one; the
 *   card that move was for opens as it would have (src/scripts/term-cards.ts). The on/off switch
 *   is here, so it shows at once; turning it off before any card loaded needs no card code;
 * - permalinks: pointing at or focusing a ¶ or # starts the download, and the click copies;
 * - the link to selected text: the first selection in the text;
 * - old links and text-fragment links: arriving at, or moving to, a #passage;
 * - "Cite this": pointing at, focusing or opening it fills in the reader's date and shows the Copy
 *   buttons (on About, where it is open, at once).
 */
import { setTermCardsEnabled, termCardsEnabled, type FirstMove } from './term-card-settings';

/** Runs `load` once; later calls get the same promise. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
	let loading: Promise<T> | undefined;
	return () => (loading ??= load());
}

const closest = <E extends Element>(target: EventTarget | null, selector: string) =>
	target instanceof Element ? target.closest<E>(selector) : null;

// Permalinks, and what the address of a passage changes (the report link's passage).
const address = () => import('./page-address');
let links: typeof import('./links') | undefined;
const loadLinks = once(async () => {
	void address();
	links = await import('./links');
	links.initLinks();
	return links;
});
const PERMALINK = 'a.permalink';
for (const type of ['pointerover', 'focusin'] as const)
	document.addEventListener(type, (e) => void (closest(e.target, PERMALINK) && loadLinks()));
document.addEventListener('click', (event) => {
	const link = closest<HTMLAnchorElement>(event.target, PERMALINK);
	// A click with a modifier key keeps its usual meaning (open in a new tab or window).
	if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
	event.preventDefault();
	// Loaded already (the pointer or focus got there first): copy within the click, as browsers
	// that ask for a reader's gesture before writing to the clipboard want.
	if (links) links.copyPermalink(link);
	else void loadLinks().then((l) => l.copyPermalink(link));
});
if (location.hash) void loadLinks();
else addEventListener('hashchange', () => void loadLinks(), { once: true });
if (document.querySelector('[data-copy-selection]')) {
	const select = () => {
		const selection = document.getSelection();
		if (selection && !selection.isCollapsed && selection.anchorNode?.parentElement?.closest('.prose')) {
			document.removeEventListener('selectionchange', select);
			void loadLinks();
		}
	};
	document.addEventListener('selectionchange', select);
	// A selection made before this file loaded counts too.
	select();
}

// Term cards.
const TERM = 'a.term[aria-describedby]';
if (document.querySelector('[data-term-cards]')) {
	const first: FirstMove = { touch: false };
	let switched: ((on: boolean) => void) | undefined;
	const loadCards = once(async () => {
		const { initTermCards } = await import('./term-cards');
		switched = initTermCards(first, termCardsEnabled);
	});
	const wanted = () => termCardsEnabled() && !switched;
	document.addEventListener(
		'pointerdown',
		(e) => {
			first.touch = e.pointerType === 'touch';
			if (first.touch && closest(e.target, TERM) && wanted()) void loadCards();
		},
		true,
	);
	document.addEventListener('pointerover', (e) => {
		const link = closest<HTMLAnchorElement>(e.target, TERM);
		if (link && e.pointerType !== 'touch' && wanted()) {
			first.hovered = { link, since: performance.now() };
			void loadCards();
		}
	});
	document.addEventListener('focusin', (e) => void (closest(e.target, TERM) && !first.touch && wanted() && loadCards()));
	// The first tap on a term opens its card, a second follows the link (as once the cards have loaded).
	document.addEventListener('click', (e) => {
		const link = closest<HTMLAnchorElement>(e.target, TERM);
		if (!link || !first.touch || !wanted() || first.tapped) return;
		e.preventDefault();
		first.tapped = link;
		void loadCards();
	});

	// A term the reader reached before this file loaded: focused (Tab) or under the pointer.
	const waiting = document.querySelector<HTMLAnchorElement>(`${TERM}:hover`);
	if (waiting) first.hovered = { link: waiting, since: performance.now() };
	if ((waiting || closest(document.activeElement, TERM)) && wanted()) void loadCards();

	// The "Term cards: on / off" switch in "How to read this page", hidden without JavaScript.
	const toggle = document.querySelector<HTMLButtonElement>('[data-term-cards-toggle]');
	if (toggle) {
		const label = (on: boolean) => {
			toggle.setAttribute('aria-pressed', String(on));
			toggle.textContent = `Term cards: ${on ? 'on' : 'off'}`;
		};
		label(termCardsEnabled());
		toggle.hidden = false;
		toggle.addEventListener('click', () => {
			const on = !termCardsEnabled();
			setTermCardsEnabled(on);
			label(on);
			switched?.(on);
		});
	}
}

// "Cite this": the block is a <details>, closed on a section page, open on About.
const cite = once(() => import('./cite-this').then((c) => c.initCiteThis()));
for (const details of document.querySelectorAll<HTMLDetailsElement>('[data-cite-this] > details')) {
	if (details.open) void cite();
	details.addEventListener('toggle', () => void (details.open && cite()));
	for (const type of ['pointerover', 'focusin'] as const)
		details.querySelector('summary')?.addEventListener(type, () => void cite(), { once: true });
}
