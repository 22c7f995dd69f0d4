/**
 * A link to something inside a closed <details> (a note's body, the legend) opens it. Chromium does
 * this itself on every fragment navigation, with or without JavaScript; this does the same in
 * browsers that do not, on arrival, on a hash change and on a click on a link to the current hash
 * (which changes nothing the browser would report). On wide screens, where notes sit open in the
 * margin, it also marks them open, so assistive technology is told what the reader sees.
 */

/** Where notes move into the margin; the same width as the breakpoint in src/styles/notes.css. */
export const WIDE = '(min-width: 75rem)';

function openAround(el: Element): boolean {
	let opened = false;
	for (let d = el.parentElement?.closest('details'); d; d = d.parentElement?.closest('details')) {
		// A summary shows whether or not its <details> is open; only what follows it needs opening.
		if (!d.open && !el.closest('summary')) {
			d.open = true;
			opened = true;
		}
	}
	return opened;
}

function targetOf(hash: string): HTMLElement | null {
	const id = decodeURIComponent(hash.slice(1)).split(':~:')[0];
	return id ? document.getElementById(id) : null;
}

function reveal(hash: string): void {
	const target = targetOf(hash);
	// Scroll only if this opened something: otherwise the browser has already scrolled to it.
	if (target && openAround(target)) target.scrollIntoView();
}

export function initOpenTarget(): void {
	reveal(location.hash);
	addEventListener('hashchange', () => reveal(location.hash));
	document.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[href^="#"]');
		if (link && link.hash === location.hash) reveal(link.hash);
	});

	const notes = [...document.querySelectorAll<HTMLDetailsElement>('.note > details')];
	const wide = matchMedia(WIDE);
	const sync = () => notes.forEach((d) => (d.open = wide.matches || d.contains(targetOf(location.hash))));
	if (notes.length > 0) {
		if (wide.matches) sync();
		wide.addEventListener('change', sync);
	}
}
