/**
 * "On this page" (src/components/PageContents.astro). Without JavaScript it is a plain list of
 * links, shown in full in the left margin on wide screens and, on narrow ones, a bar that stays at
 * the top of the screen with the list folded in it. This marks the heading the reader is in
 * (aria-current="location", styled in section-page.css) and names it in the bar; on wide screens
 * it opens the list, which then collapses like any <details> when asked. On narrow screens the
 * list opens over the text, so following one of its links, or Escape, folds it away again.
 */
import { WIDE } from './open-target';

/** A heading is the current one once its top has passed this far down the viewport. */
const READING_LINE = 0.25;

export function initPageContents(): void {
	const nav = document.querySelector<HTMLElement>('[data-page-contents]');
	const details = nav?.querySelector('details');
	if (!nav || !details) return;
	const currentName = nav.querySelector<HTMLElement>('[data-current-heading]');
	const entries = [...nav.querySelectorAll<HTMLAnchorElement>('.page-contents-list a')]
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
		if (currentName) currentName.textContent = next?.textContent?.trim() ?? '';
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
	// Narrow screens: the open list lies over the text, so it folds away once it has done its job.
	nav.addEventListener('click', (event) => {
		if (!wide.matches && (event.target as Element).closest('a')) details.open = false;
	});
	nav.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape' || wide.matches || !details.open) return;
		details.open = false;
		details.querySelector('summary')?.focus();
	});
	// From here the list opens and closes as the reader chooses (section-page.css keeps it shown without JavaScript).
	nav.dataset.enhanced = '';
}
