// When a build knows no address of its own (src/site/origin.ts), its pages show paths where an
// address belongs ("Cite this", the printed "This page:" line) and say that the site's address goes
// in front. Here the browser, which knows where the reader is, puts it there, and the notes that
// asked the reader to do it change to what they say with the address filled in (data-address-note;
// an empty value removes the note).

import { citationUrl } from '../citations/url';

type Style = Parameters<typeof citationUrl>[0];

export function fillSiteAddresses(): void {
	const at = (path: string) => new URL(path, window.location.origin).href;
	for (const el of document.querySelectorAll<HTMLElement>('[data-cite-path]'))
		el.textContent = citationUrl(el.dataset.citeUrl as Style, at(el.dataset.citePath ?? '/'));
	for (const el of document.querySelectorAll<HTMLElement>('[data-site-address]')) el.textContent = at(el.dataset.siteAddress ?? '/');
	for (const note of document.querySelectorAll<HTMLElement>('[data-address-note]')) {
		if (note.dataset.addressNote) note.textContent = note.dataset.addressNote;
		else note.remove();
	}
}
