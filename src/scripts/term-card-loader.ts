/**
 * Term cards load on first use. Term links are plain links to the glossary; this small script
 * waits for the first hover, keyboard focus or tap on one, then loads the card island (Preact and
 * Floating UI, about 14 KB) and hands it that gesture, so no reader pays for cards they never
 * open. On a hover the download runs inside the card's 300 ms opening delay. The reader's on/off
 * switch (rendered hidden by ProvenanceLegend) is wired here, because it must work before any
 * card has loaded.
 */
import type { TermCardsApi } from '../islands/TermCards';
import { OPEN_DELAY_MS, setTermCardsEnabled, termCardsEnabled } from './term-card-settings';
import type { TermCardData } from '../data/term-cards';

const termAt = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>('a.term[data-term]') : null);

function wireToggle(): void {
	const toggle = document.querySelector<HTMLButtonElement>('[data-term-cards-toggle]');
	if (!toggle) return;
	const show = (on: boolean) => {
		toggle.setAttribute('aria-pressed', String(on));
		toggle.textContent = `Term cards: ${on ? 'on' : 'off'}`;
	};
	show(termCardsEnabled());
	toggle.hidden = false;
	toggle.addEventListener('click', () => {
		const next = !termCardsEnabled();
		setTermCardsEnabled(next);
		show(next);
	});
}

export function initTermCards(): void {
	const data = document.getElementById('term-card-data');
	const root = document.querySelector<HTMLElement>('[data-term-cards-root]');
	if (!data || !root) return;
	const terms = JSON.parse(data.textContent ?? '{}') as Record<string, TermCardData>;
	wireToggle();

	let touch = false;
	let loading: Promise<TermCardsApi> | undefined;
	const load = () =>
		(loading ??= import('../islands/TermCards')
			.then(({ mountTermCards }) => mountTermCards(root, { terms, touch, enabled: termCardsEnabled }))
			.then((api) => {
				// The island now listens for itself.
				for (const [type, handler, capture] of listeners) document.removeEventListener(type, handler, capture);
				return api;
			}));
	/** A link this page has a card for, while the reader wants cards. */
	const cardable = (target: EventTarget | null) => {
		const anchor = termAt(target);
		return anchor && terms[anchor.dataset.term!] && termCardsEnabled() ? anchor : null;
	};

	const onPointerDown = (e: PointerEvent) => {
		touch = e.pointerType === 'touch';
	};
	const onPointerOver = (e: PointerEvent) => {
		const anchor = e.pointerType === 'touch' ? null : cardable(e.target);
		if (!anchor) return;
		const start = performance.now();
		void load().then((api) => {
			if (anchor.matches(':hover')) api.open(anchor, 'hover', Math.max(0, OPEN_DELAY_MS - (performance.now() - start)));
		});
	};
	const onFocusIn = (e: FocusEvent) => {
		const anchor = touch ? null : cardable(e.target);
		if (!anchor) return;
		void load().then((api) => {
			if (document.activeElement === anchor) api.open(anchor, 'focus', 0);
		});
	};
	// As the island does: the first tap on a term opens its card, a second tap follows the link.
	const onClick = (e: MouseEvent) => {
		const anchor = touch ? cardable(e.target) : null;
		if (!anchor) return;
		e.preventDefault();
		void load().then((api) => api.open(anchor, 'tap', 0));
	};
	const listeners: [string, EventListener, boolean][] = [
		['pointerdown', onPointerDown as EventListener, true],
		['pointerover', onPointerOver as EventListener, false],
		['focusin', onFocusIn as EventListener, false],
		['click', onClick as EventListener, false],
	];
	for (const [type, handler, capture] of listeners) document.addEventListener(type, handler, capture);
}
