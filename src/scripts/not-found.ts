// The 404 page's suggestions (src/pages/404.astro): ranks every page and anchor of the site,
// listed at build time in #link-targets, by closeness to the address that was not found, and
// shows the best few as links. Without JavaScript the page still lists every section.

import { nearestLinks, requestFrom } from '../search/nearest-links';

const box = document.querySelector<HTMLElement>('[data-suggestions]');
const list = box?.querySelector<HTMLUListElement>('[data-suggestion-list]');
const data = document.getElementById('link-targets')?.textContent;

if (box && list && data) {
	const base = box.dataset.base ?? '/';
	const found = nearestLinks(requestFrom(location.pathname, location.hash, base), JSON.parse(data));
	for (const s of found) {
		const link = document.createElement('a');
		link.href = `${base}${s.path.slice(1)}${s.hash ? `#${s.hash}` : ''}`;
		link.textContent = s.label;
		const item = document.createElement('li');
		item.append(link);
		list.append(item);
	}
	box.hidden = found.length === 0;
}
