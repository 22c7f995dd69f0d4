/**
 * The one way the site confirms an action such as a copy: a short message shown beside the control
 * that did it, for a few seconds, and the same words in a polite live region for screen readers.
 * The message is a popover, so it sits in the top layer over the text and never moves it; CSS anchor
 * positioning places it next to the control (permalinks.css, "Confirmations"). It is hidden from
 * assistive technology, which hears the live region instead, once.
 */
const SHOWN_MS = 3000;

let bubble: HTMLElement | undefined;
let anchored: HTMLElement | undefined;
let timer: number | undefined;

function theBubble(): HTMLElement {
	if (!bubble) {
		bubble = document.createElement('span');
		bubble.className = 'confirmation';
		bubble.popover = 'manual';
		bubble.setAttribute('aria-hidden', 'true');
		bubble.dataset.confirmation = '';
		document.body.append(bubble);
	}
	return bubble;
}

function hide(): void {
	if (bubble?.matches(':popover-open')) bubble.hidePopover();
	anchored?.classList.remove('confirmation-anchor');
	anchored = undefined;
}

/** Shows `message` beside `control` and announces it in `status` (a role="status" element). */
export function confirmBeside(control: HTMLElement, message: string, status: HTMLElement | null): void {
	const shown = theBubble();
	hide();
	anchored = control;
	control.classList.add('confirmation-anchor');
	shown.textContent = message;
	shown.showPopover();
	window.clearTimeout(timer);
	timer = window.setTimeout(hide, SHOWN_MS);
	if (status) {
		status.textContent = '';
		// Setting the text after a tick makes screen readers announce a repeated message again.
		window.setTimeout(() => (status.textContent = message), 50);
	}
}
