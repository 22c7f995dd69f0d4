/**
 * Term cards. Each page renders its cards in its own HTML (src/components/TermCards.astro): one
 * popover per term it links, which every link to that term names in aria-describedby, so its
 * definition is announced with or without this script. What HTML cannot yet do for a link, this
 * adds: a card opens after a short hover, at once on keyboard focus, and on the first tap on a
 * touch screen (a second tap follows the link), beside its term. It follows WCAG 1.4.13: Escape
 * dismisses it without moving focus or pointer, the pointer can move onto it, and it stays until
 * pointer or focus leaves. While cards are on, each link says which card it controls and whether
 * it is open (aria-controls, aria-expanded). It loads on a reader's first hover, focus or tap on a
 * term (src/scripts/reading-tools.ts, which also keeps the reader's on/off switch), and is told
 * what that first move was, so the card it was for opens as it would have.
 *
 * CSS anchor positioning keeps the card beside its term (src/styles/term-cards.css): the open
 * link is the anchor, by its aria-expanded. Browsers without it load Floating UI, and only they.
 */
// Only a type from the settings: the reader's choice is read through the loader (reading-tools.ts),
// which has the settings already, so this file imports nothing from it.
import type { FirstMove } from './term-card-settings';

/** Hover intent: a pointer resting this long on a term opens its card (Wikipedia uses ~500 ms). */
export const OPEN_DELAY_MS = 300;
/** Grace period for the pointer to cross from the term onto the card (WCAG 1.4.13 "hoverable"). */
export const CLOSE_DELAY_MS = 300;

/** How a card was opened: it closes differently after a hover, a keyboard focus or a tap. */
export type CardMode = 'hover' | 'focus' | 'tap';

interface Open {
	link: HTMLAnchorElement;
	card: HTMLElement;
	mode: CardMode;
	/** Stops the script positioning of browsers without CSS anchor positioning. */
	stop?: Promise<() => void>;
}

/** The card a link describes itself by: the popover around its definition. */
function cardOf(link: HTMLAnchorElement): HTMLElement | null {
	const id = link.getAttribute('aria-describedby');
	return (id && document.getElementById(id)?.closest<HTMLElement>('.term-card[popover]')) || null;
}

const linkAt = (target: EventTarget | null) =>
	target instanceof Element ? target.closest<HTMLAnchorElement>('a.term[aria-describedby]') : null;

const anchoredByCss = () => CSS.supports('(anchor-name: --a) and (position-try-fallbacks: flip-block)');

/** Starts the cards, given the reader's on/off choice; returns what the switch calls when they change it. */
export function initTermCards(first: FirstMove, termCardsEnabled: () => boolean): (on: boolean) => void {
	const links = [...document.querySelectorAll<HTMLAnchorElement>('a.term[aria-describedby]')].filter((link) => cardOf(link));
	const css = anchoredByCss();
	let open: Open | null = null;
	let timer = 0;
	let touch = first.touch;
	/** The link whose card the reader dismissed: it stays closed until pointer or focus leaves it. */
	let dismissed: Element | null = null;

	const later = (fn: () => void, ms: number) => {
		clearTimeout(timer);
		timer = window.setTimeout(fn, ms);
	};
	const inCard = (node: EventTarget | null) => node instanceof Node && !!open?.card.contains(node);

	/** Each link names its card and its state while cards are on; with cards off, it is a plain link again. */
	const relate = (on: boolean) => {
		for (const link of links) {
			if (on) {
				link.setAttribute('aria-controls', cardOf(link)!.id);
				link.setAttribute('aria-expanded', String(open?.link === link));
			} else {
				link.removeAttribute('aria-controls');
				link.removeAttribute('aria-expanded');
			}
		}
	};

	const hide = () => {
		clearTimeout(timer);
		if (!open) return;
		const { link, card, stop } = open;
		open = null;
		void stop?.then((end) => end());
		card.hidePopover();
		delete card.dataset.placed;
		if (link.hasAttribute('aria-expanded')) link.setAttribute('aria-expanded', 'false');
	};

	const show = (link: HTMLAnchorElement, mode: CardMode) => {
		const card = cardOf(link);
		if (!card || !termCardsEnabled() || dismissed === link) return;
		clearTimeout(timer);
		if (open?.link === link) {
			open.mode = mode;
			return;
		}
		hide();
		// aria-expanded="true" makes the link the card's anchor (src/styles/term-cards.css).
		link.setAttribute('aria-expanded', 'true');
		card.dataset.position = css ? 'css' : 'script';
		card.showPopover();
		open = { link, card, mode, stop: css ? undefined : placeWithScript(link, card) };
	};

	const onPointerOver = (e: PointerEvent) => {
		if (e.pointerType === 'touch') return;
		const link = linkAt(e.target);
		if (link) {
			if (open?.link === link) clearTimeout(timer);
			else later(() => show(link, 'hover'), OPEN_DELAY_MS);
		} else if (inCard(e.target)) clearTimeout(timer);
	};
	const onPointerOut = (e: PointerEvent) => {
		if (e.pointerType === 'touch') return;
		const from = linkAt(e.target) ?? (inCard(e.target) ? open!.card : null);
		if (!from || from.contains(e.relatedTarget as Node | null)) return;
		if (dismissed === from) dismissed = null;
		if (open?.mode === 'hover') later(hide, CLOSE_DELAY_MS);
		else if (!open) clearTimeout(timer);
	};
	// Captured, so a tap outside closes the card before anything else reacts to it.
	const onPointerDown = (e: PointerEvent) => {
		touch = e.pointerType === 'touch';
		if (open && !inCard(e.target) && linkAt(e.target) !== open.link) hide();
	};
	const onClick = (e: MouseEvent) => {
		const target = e.target instanceof Element ? e.target : null;
		if (open && target?.closest('[data-term-card-close]') && inCard(target)) {
			// As Escape does: dismiss, and hand focus back to the term.
			const { link } = open;
			dismissed = link;
			hide();
			link.focus({ preventScroll: true });
			return;
		}
		const link = linkAt(target);
		// The first tap on a term opens its card; a second tap follows the link.
		if (link && touch && termCardsEnabled() && cardOf(link) && open?.link !== link) {
			e.preventDefault();
			dismissed = null;
			show(link, 'tap');
		}
	};
	const onFocusIn = (e: FocusEvent) => {
		const link = linkAt(e.target);
		if (link && !touch) show(link, 'focus');
	};
	const onFocusOut = (e: FocusEvent) => {
		const to = e.relatedTarget;
		const from = linkAt(e.target);
		if (from && dismissed === from) dismissed = null;
		if (!open || open.mode === 'hover') return;
		if (to && (inCard(to) || to === open.link)) return;
		hide();
	};
	const onKeyDown = (e: KeyboardEvent) => {
		if (e.key !== 'Escape' || !open) return;
		const { link } = open;
		const focusInCard = inCard(document.activeElement);
		dismissed = link;
		hide();
		if (focusInCard) link.focus();
	};

	document.addEventListener('pointerover', onPointerOver);
	document.addEventListener('pointerout', onPointerOut);
	document.addEventListener('pointerdown', onPointerDown, true);
	document.addEventListener('click', onClick);
	document.addEventListener('focusin', onFocusIn);
	document.addEventListener('focusout', onFocusOut);
	document.addEventListener('keydown', onKeyDown);

	relate(termCardsEnabled());
	// The move that loaded this script: a term already focused (by Tab, not a tap), tapped, or
	// still under the pointer, whose card opens once the intent delay has passed since it arrived.
	const focused = linkAt(document.activeElement);
	const { hovered, tapped } = first;
	if (tapped) show(tapped, 'tap');
	else if (focused && !touch) show(focused, 'focus');
	else if (hovered?.link.matches(':hover')) later(() => show(hovered.link, 'hover'), OPEN_DELAY_MS - (performance.now() - hovered.since));
	return (on) => {
		if (!on) hide();
		relate(on);
	};
}

/**
 * Where CSS anchor positioning is missing: Floating UI keeps the card beside its term while the
 * page scrolls or resizes. Loaded on the first card such a browser opens; the card is shown only
 * once placed, so it never flashes in a corner first. Resolves to the function that stops it.
 */
async function placeWithScript(link: HTMLAnchorElement, card: HTMLElement): Promise<() => void> {
	const { autoUpdate, computePosition, flip, inline, offset, shift, size } = await import('@floating-ui/dom');
	if (!card.matches(':popover-open')) return () => {};
	return autoUpdate(link, card, () => {
		// As the CSS does (src/styles/term-cards.css): on a wide screen, a card with no room above or
		// below stands beside its term, moved up or down by shift() until it is whole on screen. Flip
		// then judges each side by its own axis only, since shift() brings the card into view along
		// the other; where no side has room, the card stays below and scrolls. Unlike the CSS, the
		// card keeps its width, so a side narrower than the card is no room.
		const wide = matchMedia('(min-width: 64rem)').matches;
		void computePosition(link, card, {
			strategy: 'fixed',
			placement: 'bottom-start',
			middleware: [
				inline(),
				offset(6),
				flip(
					wide
						? { padding: 8, crossAxis: false, fallbackPlacements: ['top-start', 'right', 'left'], fallbackStrategy: 'initialPlacement' }
						: { padding: 8 },
				),
				// The card's width is capped in CSS at the viewport less 16 px, so shifting keeps it on screen.
				shift({ padding: 8 }),
				// On a short screen neither side may have room: cap the height and let the card scroll.
				size({
					padding: 8,
					apply: ({ availableHeight }) => {
						// Never taller than the room there is: a floor would push the card off a short screen.
						card.style.maxHeight = `${Math.max(0, Math.floor(availableHeight))}px`;
					},
				}),
			],
		}).then(({ x, y }) => {
			card.style.left = `${x}px`;
			card.style.top = `${y}px`;
			card.dataset.placed = '';
		});
	});
}
