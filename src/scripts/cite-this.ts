// Progressive enhancement for "Cite this" (src/components/CiteThis.astro). Without JavaScript the
// citations read in full with "[date accessed]" where the date goes, BibTeX without the fields that
// need one (and, when the build knew no address of its own, the page's path:
// src/scripts/site-address.ts completes it). With it: the reader's date (today, in their time zone)
// replaces the placeholder, BibTeX gains urldate and note (written here: the HTML has only their
// empty place), and each format gets a Copy button that copies exactly the text shown, whose result
// is shown beside it and announced (src/scripts/confirmation.ts).

import { bibtexAccessFields } from '../citations/access';
import { calendarDate, formatCitationDate } from '../citations/dates';
import { formatDate } from '../site/dates';
import { confirmBeside } from './confirmation';

/** The citation as text; a paragraph's source line breaks are not part of it, BibTeX's are. */
const plainText = (el: HTMLElement) => (el.tagName === 'PRE' ? (el.textContent ?? '') : (el.textContent ?? '').replace(/\s+/g, ' ').trim());

async function copy(el: HTMLElement): Promise<boolean> {
	const text = plainText(el);
	try {
		// Rich text keeps the italics when pasted into a word processor; plain text everywhere else.
		if (el.tagName !== 'PRE' && typeof ClipboardItem !== 'undefined') {
			await navigator.clipboard.write([
				new ClipboardItem({
					'text/plain': new Blob([text], { type: 'text/plain' }),
					'text/html': new Blob([el.innerHTML], { type: 'text/html' }),
				}),
			]);
		} else {
			await navigator.clipboard.writeText(text);
		}
		return true;
	} catch {
		try {
			await navigator.clipboard.writeText(text);
			return true;
		} catch {
			return false;
		}
	}
}

export function initCiteThis(): void {
	const blocks = [...document.querySelectorAll<HTMLElement>('[data-cite-this]')];
	for (const block of blocks) {
		for (const button of block.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
			const target = document.getElementById(button.dataset.copy ?? '');
			if (!target || !navigator.clipboard) continue;
			button.hidden = false;
			button.addEventListener('click', () => {
				void copy(target).then((ok) =>
					confirmBeside(
						button,
						ok ? `${button.dataset.copyName} copied` : `Could not copy the ${button.dataset.copyName}: select it and copy it instead`,
						block.querySelector<HTMLElement>('[data-cite-status]'),
					),
				);
			});
		}
	}

	if (blocks.length > 0) {
		const today = calendarDate(new Date());
		for (const span of document.querySelectorAll<HTMLElement>('[data-access-date]')) {
			const style = span.dataset.accessDate as Parameters<typeof formatCitationDate>[0];
			span.textContent = formatCitationDate(style, today);
		}
		// With a real date, the fields that need one (BibTeX's urldate) join the citation.
		for (const part of document.querySelectorAll<HTMLElement>('[data-when-accessed]')) part.textContent = bibtexAccessFields(today);
		for (const note of document.querySelectorAll<HTMLElement>('[data-access-note]')) {
			// In the site's own way of writing a date, not the citations' ("December 7, 2026").
			note.textContent = `Each citation gives today, ${formatDate(today)}, as the date you accessed it; change it if you read it on another day.`;
		}
	}
}
