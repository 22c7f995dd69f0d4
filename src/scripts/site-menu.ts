/**
 * The phone header's Menu (a <details> in SiteHeader.astro) opens and closes without script. This
 * adds what a reader expects of a menu that hangs over the page: Escape closes it and puts focus
 * back on its button, and a click or tap elsewhere on the page closes it. src/scripts/every-page.ts
 * loads it, and it starts, when the menu is first opened: until then there is nothing to close.
 */
const menu = document.querySelector<HTMLDetailsElement>('[data-site-menu]');
if (menu) {
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape' || !menu.open || event.defaultPrevented) return;
		const inside = menu.contains(document.activeElement);
		menu.open = false;
		if (inside) menu.querySelector('summary')?.focus();
	});
	document.addEventListener('click', (event) => {
		if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
	});
}

// A module (loaded for what it does), so every-page.ts can import it when the menu opens.
export {};
