// Progressive enhancement for deep links on chapter pages. Without JavaScript every permalink is
// still a plain "#id" link and moved anchors still land (their old ids sit on the new targets).
// This adds: copying a link on click (announced), a notice when an old link landed on a moved
// passage, a fallback for "#id:~:text=…" links in browsers without text fragments, and a
// "Copy link to selection" button.

const status = document.querySelector<HTMLElement>('[data-link-status]');
const announce = (message: string) => {
	if (!status) return;
	status.textContent = '';
	// A fresh text node after a tick makes screen readers announce the same message again.
	window.setTimeout(() => (status.textContent = message), 50);
};

const pageUrl = () => `${location.origin}${location.pathname}`;

async function copy(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

// Old links: an id listed in content/redirects.yaml sits on its new target as an empty span.
// `movedAway`: anchors of this page that moved to other pages, with their new URLs.
function arrive(movedAway: Record<string, string>): void {
	const raw = decodeURIComponent(location.hash.slice(1));
	if (!raw) return;
	// Browsers without text fragments leave ":~:text=…" in the hash; land on the paragraph anyway.
	const id = raw.split(':~:')[0]!;
	const el = document.getElementById(id);
	const elsewhere = movedAway[id];
	if (!el && elsewhere) {
		// The passage now lives on another page: go there, and let that page say so.
		const [path, hash] = elsewhere.split('#');
		location.replace(`${path}?moved=${encodeURIComponent(id)}#${hash}`);
		return;
	}
	if (!el) return;
	if (raw.includes(':~:')) el.scrollIntoView();
	if (el.classList.contains('anchor-alias') || new URLSearchParams(location.search).has('moved')) {
		const target = el.classList.contains('anchor-alias') ? document.getElementById(el.dataset.movedTo ?? '') : el;
		const notice = document.querySelector<HTMLElement>('[data-moved-notice]');
		if (notice) notice.hidden = false;
		target?.classList.add('arrived');
		target?.scrollIntoView();
	}
}
export function initLinks(): void {
	// Permalinks: follow the link as usual (the address bar shows it) and also copy it.
	document.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.permalink');
		if (!link) return;
		const url = `${pageUrl()}${link.getAttribute('href')}`;
		void copy(url).then((ok) => announce(ok ? 'Link copied' : 'Link ready in the address bar'));
	});

	const movedAway: Record<string, string> = JSON.parse(
		document.querySelector('[data-moved-away]')?.getAttribute('data-moved-away') ?? '{}',
	);
	arrive(movedAway);
	window.addEventListener('hashchange', () => arrive(movedAway));

	// Link to selected text: offer a link that opens this page at the selection's paragraph.
	const selectionButton = document.querySelector<HTMLButtonElement>('[data-copy-selection]');
	if (selectionButton) {
		let link = '';
		const offer = () => {
			const selection = document.getSelection();
			const text = selection?.toString().trim().replace(/\s+/g, ' ') ?? '';
			const block = selection?.anchorNode?.parentElement?.closest<HTMLElement>('.prose [id^="p-"]');
			if (!text || !block || text.length > 300) {
				if (document.activeElement !== selectionButton) selectionButton.hidden = true;
				return;
			}
			const words = text.split(' ');
			const fragment = words.length > 8 ? `${encode(words.slice(0, 4).join(' '))},${encode(words.slice(-4).join(' '))}` : encode(text);
			link = `${pageUrl()}#${block.id}:~:text=${fragment}`;
			selectionButton.hidden = false;
		};
		document.addEventListener('selectionchange', offer);
		// These tools load once the page is idle: a selection made before then counts too.
		offer();
		selectionButton.addEventListener('click', () => {
			void copy(link).then((ok) => announce(ok ? 'Link to the selected text copied' : 'Could not copy the link'));
		});
	}
}

/** Text-fragment encoding: percent-encode, including the characters the syntax reserves. */
function encode(text: string): string {
	return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}
