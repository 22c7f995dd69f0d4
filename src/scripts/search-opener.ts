import { loadNames } from '../search/names-load';

/**
 * The only search code every page runs before search is used (kept tiny on purpose): it turns the
 * header's no-JavaScript link to /search/ into a button, listens for "/" and Ctrl/⌘+K, and when
 * the reader shows intent (pointer over or focus on the button) or opens search, loads the search
 * island, the names index for instant answers, and Pagefind. Escape and the backdrop close
 * the native <dialog>; focus returns to where it was. Landing from a result (?highlight=…) loads
 * the small highlighter, and only then.
 */

const isTyping = (target: EventTarget | null) =>
	target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function initSearchOpener(): void {
	const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
	const root = dialog?.querySelector<HTMLElement>('[data-search-root]');
	let returnTo: HTMLElement | null = null;
	let mounted: Promise<void> | undefined;
	let island: Promise<typeof import('../islands/SearchApp')> | undefined;
	const loadIsland = () => {
		island ??= import('../islands/SearchApp');
		island.catch(() => (island = undefined));
		return island;
	};
	/** Intent to search: fetch the island, the names index and Pagefind before the first key is typed. */
	const warm = () => {
		// The names index at once, beside the island: instant answers then wait for nothing.
		void loadNames().catch(() => undefined);
		void loadIsland().then(
			(m) => m.warmUp(),
			() => undefined,
		);
	};

	const focusInput = () => {
		const input = dialog?.querySelector<HTMLInputElement>('input[type="search"]');
		input?.focus();
		input?.select();
	};

	const open = () => {
		// On /search/ itself the shortcuts go to the page's own search box.
		const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
		if (pageInput) {
			pageInput.focus();
			pageInput.select();
			return;
		}
		if (!dialog || !root || dialog.open) return;
		returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
		dialog.showModal();
		void loadNames().catch(() => undefined);
		mounted ??= loadIsland().then(({ mountSearch }) => mountSearch(root, { mode: 'dialog', onClose: () => dialog.close() }));
		mounted.then(focusInput, () => {
			mounted = undefined;
			root.textContent = 'Search could not load. Check your connection and try again.';
		});
	};

	dialog?.addEventListener('close', () => {
		returnTo?.focus();
		returnTo = null;
	});
	// Escape closes at once; without this, the first Escape only clears a type="search" box.
	dialog?.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape' || event.isComposing) return;
		event.preventDefault();
		dialog.close();
	});
	// A click on the dialog element itself (not its content) is a click on the backdrop.
	dialog?.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});
	document.addEventListener('keydown', (event) => {
		if (event.defaultPrevented || event.isComposing || event.altKey) return;
		const modK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey;
		const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
		if (!modK && !slash) return;
		event.preventDefault();
		if (dialog?.open) focusInput();
		else open();
	});

	const button = document.querySelector<HTMLButtonElement>('[data-search-button]');
	const link = document.querySelector<HTMLAnchorElement>('[data-search-link]');
	if (button && dialog) {
		button.addEventListener('click', open);
		button.addEventListener('pointerenter', warm, { once: true });
		button.addEventListener('focus', warm, { once: true });
		button.hidden = false;
		if (link) link.hidden = true;
	}

	if (new URLSearchParams(location.search).has('highlight')) void import('../search/highlight').then((m) => m.highlightFromUrl());
}
