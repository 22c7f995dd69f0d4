// The 404 page's suggestions (src/pages/404.astro): ranks every page and anchor of the site,
// listed at build time in #link-targets, by closeness to the address that was not found, and
// shows the best few as links. Without JavaScript the page still lists every section.
//
// The ranking is imported on demand, which also keeps this script an external file (Astro inlines
// small scripts that import nothing; the site serves no inline JavaScript of its own).

const box = document.querySelector<HTMLElement>('[data-suggestions]');
const list = box?.querySelector<HTMLUListElement>('[data-suggestion-list]');
const data = document.getElementById('link-targets')?.textContent;

if (box && list && data) {
	void import('../lib/nearest-links').then(({ nearestLinks, requestFrom }) => {
		const base = box.dataset.base ?? '/';
		const found = nearestLinks(requestFrom(location.pathname, location.hash, base), JSON.parse(data));
		if (found.length === 0) return;
		for (const s of found) {
			const link = document.createElement('a');
			link.href = `${base}${s.path.slice(1)}${s.hash ? `#${s.hash}` : ''}`;
			link.textContent = s.label;
			const item = document.createElement('li');
			item.append(link);
			list.append(item);
		}
		box.hidden = false;
	});
}

// A module, not a global script: its names stay its own.
export {};
