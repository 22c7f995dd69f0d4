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
		// The heading the reader followed a link to stays current while it is near the top of the
		// screen, though a short section lets the next heading pass the line too; and at the foot
		// of the page, where the last headings can never reach the line, while it is on screen.
		const followed = entries.find((e) => e.heading.id === decodeURIComponent(location.hash.slice(1)));
		if (followed) {
			const top = followed.heading.getBoundingClientRect().top;
			const atFoot = innerHeight + scrollY >= document.documentElement.scrollHeight - 1;
			if (top >= -1 && top < (atFoot ? innerHeight : line)) next = followed.link;
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
	// Following a link to a heading already on screen at the foot of the page scrolls nothing.
	addEventListener('hashchange', onScroll);
	mark();

	const wide = matchMedia(WIDE);
	if (wide.matches) details.open = true;
	wide.addEventListener('change', () => (details.open = wide.matches));
	// From here the list opens and closes as the reader chooses (section-page.css keeps it shown without JavaScript).
	nav.dataset.enhanced = '';
}
