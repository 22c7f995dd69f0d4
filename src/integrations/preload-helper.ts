import type { ViteUserConfig } from 'astro';

/** A Vite plugin, as Astro's config takes it (vite is Astro's dependency, not this project's). */
type Plugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

/**
 * A stand-in for Vite's preload helper, the function every dynamic import() in the browser code
 * goes through, for the script every page runs (issue 27: at most 1.5 KB on a page without islands).
 * Vite's helper (1.5 KB before compression) and the list of each lazy chunk's imports it fetches
 * with <link rel="modulepreload"> were a third of that script. With `build.modulePreload: false`
 * (astro.config.mjs) Vite leaves the list out, and this helper just imports: a lazy chunk's own
 * imports then load when the browser reads it, one round trip later. The one lazy chunk with
 * imports is search, which the opener fetches as the pointer or focus reaches the Search button
 * (src/scripts/search-opener.ts), before it is pressed. Vite's helper also loads CSS a lazy chunk
 * imports; this site's import none, and the check below fails the build if one does.
 */
const helperId = '\0vite/preload-helper.js';

export function importOnlyPreloadHelper(): Plugin {
	return {
		name: 'explainer:import-only-preload-helper',
		enforce: 'pre',
		apply: 'build',
		// Only the browser's bundle has the helper; the server build's chunks may import CSS freely.
		applyToEnvironment: (environment) => environment.name === 'client',
		configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
		load: (id) => (id === helperId ? 'export const __vitePreload = (load) => load();' : null),
		generateBundle(_, bundle) {
			for (const chunk of Object.values(bundle)) {
				if (chunk.type !== 'chunk' || chunk.isEntry) continue;
				const css = chunk.viteMetadata?.importedCss;
				if (css?.size)
					this.error(
						`${chunk.fileName} imports CSS (${[...css].join(', ')}), which src/integrations/preload-helper.ts does not load: import the stylesheet from a page or layout instead.`,
					);
			}
		},
	};
}
