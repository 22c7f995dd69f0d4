/**
 * "On this page" (src/components/PageContents.astro). Without JavaScript it is a plain list of
 * links, shown in full in the left margin on wide screens and collapsed at the top on narrow ones.
 * This marks the heading the reader is in (aria-current="location", styled in section-page.css)
 * and, on wide screens, opens the list, which then collapses like any <details> when asked.
 */
import { WIDE } from './open-target';

/** A heading is the current one once its top has passed this far down the viewport. */
const READING_LINE = 0.25;

export function initPageContents(): void {
	const nav = document.querySelector<HTMLElement>('[data-page-contents]');
	const details = nav?.querySelector('details');
	if (!nav || !details) return;
	const entries = [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
		.map((link) => ({ link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
		.filter((e): e is { link: HTMLAnchorElement; heading: HTMLElement } => e.heading !== null);

	let current: HTMLAnchorElement | undefined;
	const mark = () => {
		const line = innerHeight * READING_LINE;
		let next: HTMLAnchorElement | undefined;
		for (const { link, heading } of entries) {
			if (heading.getBoundingClientRect().top > line) break;
			next = link;
		}
		if (next === current) return;
		current?.removeAttribute('aria-current');
		next?.setAttribute('aria-current', 'location');
		current = next;
	};
	let frame = 0;
	const onScroll = () => {
		if (!frame) frame = requestAnimationFrame(() => ((frame = 0), mark()));
	};
	addEventListener('scroll', onScroll, { passive: true });
	addEventListener('resize', onScroll, { passive: true });
	mark();

	const wide = matchMedia(WIDE);
	if (wide.matches) details.open = true;
	wide.addEventListener('change', () => (details.open = wide.matches));
	// From here the list opens and closes as the reader chooses (section-page.css keeps it shown without JavaScript).
	nav.dataset.enhanced = '';
}
