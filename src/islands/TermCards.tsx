import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { CLOSE_DELAY_MS, OPEN_DELAY_MS, type CardMode } from '../scripts/term-card-settings';
import type { TermCardData } from '../data/term-cards';

/** What the loader (src/scripts/term-card-loader.ts) hands over: the gesture that loaded the cards. */
export interface TermCardsApi {
	/** Open the card for `anchor` as that gesture would have, after `delay` ms for hover. */
	open(anchor: HTMLAnchorElement, mode: CardMode, delay: number): void;
}

interface Props {
	/** Card data for the terms this page links, keyed by glossary id. */
	terms: Record<string, TermCardData>;
	/** Called once the listeners are in place, so the gesture that loaded the cards is not lost. */
	onReady?: (api: TermCardsApi) => void;
	/** Whether the gesture that loaded the cards was a touch (the island missed its pointerdown). */
	touch?: boolean;
	/** The reader's on/off choice, asked each time a card would open (the loader owns the switch). */
	enabled?: () => boolean;
}

type Mode = CardMode;
interface Open {
	id: string;
	anchor: HTMLAnchorElement;
	mode: Mode;
}

const CARD_ID = 'term-card';
const DEF_ID = 'term-card-definition';
const termAt = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>('a.term[data-term]') : null);

/**
 * One island per page for every term link on it. The links are plain <a href> to the glossary
 * (they work without JavaScript); this adds a card that opens on hover after a short delay, at
 * once on keyboard focus, and on first tap on touch screens. It follows WCAG 1.4.13: Escape
 * dismisses it, the pointer can move onto it, and it stays until pointer or focus leaves.
 * The card holds links, so it is a non-modal dialog, not a tooltip. The reader's on/off switch
 * is wired by the loader and read here each time a card would open.
 */
export default function TermCards({ terms, onReady, touch = false, enabled = () => true }: Props) {
	const [open, setOpen] = useState<Open | null>(null);
	const card = useRef<HTMLDivElement>(null);
	const state = useRef({ open, timer: 0, touch, dismissed: null as Element | null });
	state.current.open = open;

	// One set of delegated listeners for all term links on the page.
	useEffect(() => {
		const s = state.current;
		const later = (fn: () => void, ms: number) => {
			clearTimeout(s.timer);
			s.timer = window.setTimeout(fn, ms);
		};
		const show = (anchor: HTMLAnchorElement, mode: Mode) => {
			const id = anchor.dataset.term!;
			if (!enabled() || !terms[id] || s.dismissed === anchor) return;
			clearTimeout(s.timer);
			setOpen({ id, anchor, mode });
		};
		const inCard = (node: EventTarget | null) => node instanceof Node && !!card.current?.contains(node);

		const onPointerOver = (e: PointerEvent) => {
			if (e.pointerType === 'touch') return;
			const anchor = termAt(e.target);
			if (anchor) {
				if (s.open?.anchor === anchor) clearTimeout(s.timer);
				else later(() => show(anchor, 'hover'), OPEN_DELAY_MS);
			} else if (inCard(e.target)) clearTimeout(s.timer);
		};
		const onPointerOut = (e: PointerEvent) => {
			if (e.pointerType === 'touch') return;
			const from = termAt(e.target) ?? (inCard(e.target) ? card.current : null);
			if (!from || from.contains(e.relatedTarget as Node | null)) return;
			if (s.dismissed === from) s.dismissed = null;
			if (s.open?.mode === 'hover') later(() => setOpen(null), CLOSE_DELAY_MS);
			else if (!s.open) clearTimeout(s.timer);
		};
		const onPointerDown = (e: PointerEvent) => {
			s.touch = e.pointerType === 'touch';
			if (s.open && !inCard(e.target) && termAt(e.target) !== s.open.anchor) setOpen(null);
		};
		const onClick = (e: MouseEvent) => {
			const anchor = termAt(e.target);
			// First tap on a touch screen opens the card; a second tap follows the link.
			if (anchor && s.touch && enabled() && terms[anchor.dataset.term!] && s.open?.anchor !== anchor) {
				e.preventDefault();
				s.dismissed = null;
				show(anchor, 'tap');
			}
		};
		const onFocusIn = (e: FocusEvent) => {
			const anchor = termAt(e.target);
			if (anchor && !s.touch) show(anchor, 'focus');
		};
		const onFocusOut = (e: FocusEvent) => {
			const to = e.relatedTarget;
			const from = termAt(e.target);
			if (from && s.dismissed === from) s.dismissed = null;
			if (!s.open || s.open.mode === 'hover') return;
			if (to && (inCard(to) || to === s.open.anchor)) return;
			setOpen(null);
		};
		const onKeyDown = (e: KeyboardEvent) => {
			if (e.key !== 'Escape' || !s.open) return;
			const { anchor } = s.open;
			const focusWasOurs = document.activeElement === anchor || inCard(document.activeElement);
			s.dismissed = anchor;
			setOpen(null);
			if (focusWasOurs) anchor.focus();
		};

		// Pointer-down is captured so a tap outside closes the card before anything else reacts.
		const listeners: [string, EventListener, boolean][] = [
			['pointerover', onPointerOver as EventListener, false],
			['pointerout', onPointerOut as EventListener, false],
			['pointerdown', onPointerDown as EventListener, true],
			['click', onClick as EventListener, false],
			['focusin', onFocusIn as EventListener, false],
			['focusout', onFocusOut as EventListener, false],
			['keydown', onKeyDown as EventListener, false],
		];
		for (const [type, handler, capture] of listeners) document.addEventListener(type, handler, capture);
		onReady?.({
			open: (anchor, mode, delay) => (delay > 0 ? later(() => show(anchor, mode), delay) : show(anchor, mode)),
		});
		return () => {
			clearTimeout(s.timer);
			for (const [type, handler, capture] of listeners) document.removeEventListener(type, handler, capture);
		};
	}, [terms]);

	// Describe the open term by its card, and keep the card beside it while the page moves.
	useEffect(() => {
		const el = card.current;
		if (!open || !el) return;
		open.anchor.setAttribute('aria-describedby', DEF_ID);
		const stop = autoUpdate(open.anchor, el, () => {
			void computePosition(open.anchor, el, {
				strategy: 'fixed',
				placement: 'bottom-start',
				middleware: [
					inline(),
					offset(6),
					flip({ padding: 8 }),
					// The card's width is capped in CSS at the viewport less 16 px, so shifting keeps it on screen.
					shift({ padding: 8 }),
					// On a short screen neither side may have room: cap the height and let the card scroll.
					size({
						padding: 8,
						apply: ({ availableHeight }) => {
							el.style.maxHeight = `${Math.max(160, Math.floor(availableHeight))}px`;
						},
					}),
				],
			}).then(({ x, y }) => {
				el.style.left = `${x}px`;
				el.style.top = `${y}px`;
				// Shown only once placed, so it never flashes in the corner first.
				el.dataset.placed = '';
			});
		});
		return () => {
			stop();
			open.anchor.removeAttribute('aria-describedby');
		};
	}, [open]);

	/** The close button: dismiss, and hand focus back to the term as Escape does. */
	const dismiss = (anchor: HTMLAnchorElement) => {
		state.current.dismissed = anchor;
		setOpen(null);
		anchor.focus({ preventScroll: true });
	};

	const data = open ? terms[open.id] : undefined;
	return (
		<div data-pagefind-ignore>
			{open && data && (
				<div ref={card} id={CARD_ID} class="term-card" role="dialog" aria-modal="false" aria-labelledby={`${CARD_ID}-title`}>
					<p class="term-card-kind">{data.kind}</p>
					<p class="term-card-title" id={`${CARD_ID}-title`}>
						{data.term}
						{data.abbr && ` (${data.abbr})`}
					</p>
					{data.zh && (
						<p class="term-card-zh">
							<span lang="zh-Hans">{data.zh}</span>
							{data.pinyin && (
								<span class="pinyin" lang="zh-Latn-pinyin">
									{' '}
									{data.pinyin}
								</span>
							)}
						</p>
					)}
					<p class="term-card-def" id={DEF_ID}>
						{data.short}
					</p>
					<p class="term-card-usage">
						{data.sections === 1 ? 'Mentioned on 1 chapter page' : `Mentioned on ${data.sections} chapter pages`}
					</p>
					<p class="term-card-actions">
						<a href={data.href}>Open entry</a>
						<button type="button" onClick={() => dismiss(open.anchor)}>
							Close
						</button>
					</p>
				</div>
			)}
		</div>
	);
}

/** Renders the cards into `root` and resolves once they listen, with the way to replay a gesture. */
export function mountTermCards(root: HTMLElement, props: Omit<Props, 'onReady'>): Promise<TermCardsApi> {
	return new Promise((onReady) => render(<TermCards {...props} onReady={onReady} />, root));
}
