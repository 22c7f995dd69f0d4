// Progressive enhancement for deep links on chapter pages. Without JavaScript every permalink is
// still a plain "#id" link and moved anchors still land (their old ids sit on the new targets).
// This adds: copying a link on click, confirmed beside the ¶ or # and announced, without moving
// the page; sending on an old link to a passage that moved to another page; a fallback for
// "#id:~:text=…" links in browsers without text fragments; and a "Copy link to selected text" button.

import { confirmBeside } from './confirmation';
import { snapToWords, textFragment } from './text-fragment';

const status = document.querySelector<HTMLElement>('[data-link-status]');

const pageUrl = () => `${location.origin}${location.pathname}`;

async function copy(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

// Old links: an id listed in content/redirects.yaml sits on its new target as an empty span, and
// the page says the passage moved, beside it (permalinks.css), with or without this script.
// `movedAway`: anchors of this page that moved to other pages, with their new URLs; the new page
// carries the old id on the passage, so the link is sent on with the old id, to land the same way.
function arrive(movedAway: Record<string, string>): void {
	const raw = decodeURIComponent(location.hash.slice(1));
	if (!raw) return;
	// Browsers without text fragments leave ":~:text=…" in the hash; land on the paragraph anyway.
	const id = raw.split(':~:')[0]!;
	const el = document.getElementById(id);
	const elsewhere = movedAway[id];
	if (!el && elsewhere) {
		location.replace(`${elsewhere.split('#')[0]}#${encodeURIComponent(id)}`);
		return;
	}
	if (el && raw.includes(':~:')) el.scrollIntoView();
}

/**
 * Copies a permalink ("¶" or "#") and confirms it beside the control. The page stays where it is (a
 * followed "#id" would scroll the passage to the top, taking its label with it); the address bar
 * still shows the link, through replaceState, for a reader who copies it from there. Called by
 * src/scripts/reading-tools.ts, which owns the click and has already kept the browser from following it.
 */
export function copyPermalink(link: HTMLAnchorElement): void {
	const hash = link.getAttribute('href')!;
	history.replaceState(history.state, '', hash);
	void copy(`${pageUrl()}${hash}`).then((ok) => confirmBeside(link, ok ? 'Link copied' : 'Link in the address bar', status));
}

/** Old links sent on, text-fragment links in browsers without them, and "Copy link to selected text". */
export function initLinks(): void {
	const movedAway: Record<string, string> = JSON.parse(
		document.querySelector('[data-moved-away]')?.getAttribute('data-moved-away') ?? '{}',
	);
	arrive(movedAway);
	window.addEventListener('hashchange', () => arrive(movedAway));

	// Link to selected text: offer a link that opens this page at the selection, highlighted.
	const selectionButton = document.querySelector<HTMLButtonElement>('[data-copy-selection]');
	if (selectionButton) {
		let link = '';
		let words: Range | undefined;
		const offer = () => {
			const selection = document.getSelection();
			const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
			const block = range && blockOf(range.startContainer);
			// Whole words only: a text fragment that starts or ends mid-word matches nothing.
			words = range && block ? snapToWords(range, blockOf) : undefined;
			const fragment = words && textFragment(words, blockOf);
			if (!block || !fragment) {
				if (document.activeElement !== selectionButton) selectionButton.hidden = true;
				return;
			}
			link = `${pageUrl()}#${block.id}:~:text=${fragment}`;
			selectionButton.hidden = false;
		};
		document.addEventListener('selectionchange', offer);
		// These tools load on the first selection (src/scripts/reading-tools.ts): that selection counts too.
		offer();
		selectionButton.addEventListener('click', () => {
			// Show the reader the words the link will highlight.
			if (words) {
				const selection = document.getSelection();
				selection?.removeAllRanges();
				selection?.addRange(words);
			}
			void copy(link).then((ok) =>
				confirmBeside(selectionButton, ok ? 'Link to the selected text copied' : 'Could not copy the link', status),
			);
		});
	}
}

/** The paragraph or list item with an id (and so a link of its own) that holds `node`. */
function blockOf(node: Node): HTMLElement | null {
	const element = node instanceof Element ? node : node.parentElement;
	return element?.closest<HTMLElement>('.prose [id^="p-"]') ?? null;
}
