/**
 * The only search code every page runs before search is used, so it is kept to what must be ready
 * at once: it turns the header's no-JavaScript link to /search/ into a button, listens for "/" and
 * Ctrl/⌘+K, and shows the native <dialog>. Everything else (mounting the island, focus, Escape and
 * the backdrop) comes with the island in src/islands/search-dialog.ts, fetched when the reader shows intent
 * (pointer over or focus on the button) or opens search; the island then fetches the names index
 * for instant answers and Pagefind (warmUp), so both are on their way before the first key is typed.
 * On /search/ it starts the page's island at once. Landing from a result (?highlight=…) loads
 * the small highlighter, and only then.
 */
const loadDialog = () => import('../islands/search-dialog');

export function initSearchOpener(): void {
	// /search/: the build drew the form there (src/pages/search.astro), on screen from the first
	// paint; loaded now, after that paint, the island takes it over (src/islands/search-dialog.ts).
	const page = document.querySelector('[data-search-app]');
	if (page) void loadDialog();
	const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
	const button = document.querySelector<HTMLButtonElement>('[data-search-button]');
	const warm = () =>
		loadDialog().then(
			(m) => m.warmUp(),
			() => undefined,
		);
	const open = () => {
		// On /search/ itself the shortcuts go to the page's own search box.
		const pageInput = page?.querySelector('input');
		if (pageInput || !dialog) {
			pageInput?.focus();
			pageInput?.select();
			return;
		}
		const from = dialog.open ? null : document.activeElement;
		if (!dialog.open) dialog.showModal();
		loadDialog().then(
			(m) => m.openSearch(dialog, from),
			() => (dialog.querySelector('[data-search-root]')!.textContent = 'Search could not load. Check your connection and try again.'),
		);
	};

	document.addEventListener('keydown', (event) => {
		if (event.defaultPrevented || event.isComposing || event.altKey) return;
		const target = event.target as HTMLElement;
		const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
		const modK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey;
		if (!modK && (event.key !== '/' || event.ctrlKey || event.metaKey || typing)) return;
		event.preventDefault();
		open();
	});

	if (button && dialog) {
		button.addEventListener('click', open);
		button.addEventListener('pointerenter', warm, { once: true });
		button.addEventListener('focus', warm, { once: true });
		button.hidden = false;
		const link = document.querySelector<HTMLElement>('[data-search-link]');
		if (link) link.hidden = true;
	}

	// Arriving from a search result, whose link asks for its words to be marked (?highlight=…).
	if (/[?&]highlight=/.test(location.search)) void import('../search/highlight').then((m) => m.highlightFromUrl());
}
