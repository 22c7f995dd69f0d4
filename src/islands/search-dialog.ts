/**
 * The site-wide search dialog's behaviour, loaded with the search island on the first open (or on
 * intent to search) by src/scripts/search-opener.ts, which stays small because every page runs it,
 * and at once on /search/, whose form it starts.
 * The opener shows the native <dialog>; this mounts the island in it once, focuses its input, makes
 * Escape close at once (without this, the first Escape only clears a type="search" box) and a click
 * on the backdrop close it, and returns focus to where it was.
 */
import { mountSearch } from './SearchApp';

export { warmUp } from './SearchApp';

// /search/: the opener loads this module as soon as it runs there, and the island takes over the
// form the build drew (src/pages/search.astro), keeping what a reader typed before it came.
const pageRoot = document.querySelector<HTMLElement>('[data-search-app]');
if (pageRoot) mountSearch(pageRoot, { mode: 'page' });

let returnTo: HTMLElement | null = null;
let mounted = false;

/** Called on every open, and on "/" or Ctrl/⌘+K while the dialog is open: `from` is set only on the first. */
export function openSearch(dialog: HTMLDialogElement, from: Element | null): void {
	if (from instanceof HTMLElement) returnTo = from;
	if (!mounted) {
		mounted = true;
		const root = dialog.querySelector<HTMLElement>('[data-search-root]')!;
		mountSearch(root, { mode: 'dialog', onClose: () => dialog.close() });
		dialog.addEventListener('close', () => {
			returnTo?.focus();
			returnTo = null;
		});
		dialog.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape' || event.isComposing) return;
			event.preventDefault();
			dialog.close();
		});
		// A click on the dialog element itself (not its content) is a click on the backdrop.
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) dialog.close();
		});
	}
	const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
	input?.focus();
	input?.select();
}
