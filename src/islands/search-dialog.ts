/**
 * The site-wide search dialog's behaviour, loaded with the search island on the first open (or on
 * intent to search) by src/scripts/search-opener.ts, which stays small because every page runs it,
 * and at once on /search/, whose form it starts.
 * The opener shows the native <dialog>; this mounts the island in it once, focuses its input, makes
 * Escape close at once (without this, the first Escape only clears a type="search" box) and a click
 * on the backdrop close it, and returns focus to where it was.
 */
import stylesheet from '../styles/search-island.css?url';
import { mountSearch } from './SearchApp';
import { stylesheetApplied } from './stylesheet';

export { warmUp } from './SearchApp';

// The island's own styles come with it rather than with every page, asked for as this module
// runs (on the first sign that a reader means to search); the dialog's form is drawn only once
// they apply, so it never shows unstyled. /search/ links them in its HTML, for the form it draws
// at build time. (Not a top-level await: Rolldown would then split the opener's code in two.)
const styled = stylesheetApplied(stylesheet, '--search-island');

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
		// Until then the dialog says "Loading search…"; its input is focused once it exists.
		void styled.then(() => {
			mountSearch(root, { mode: 'dialog', onClose: () => dialog.close() });
			if (dialog.open) focusInput(dialog);
		});
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
	focusInput(dialog);
}

function focusInput(dialog: HTMLDialogElement) {
	const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
	input?.focus();
	input?.select();
}
