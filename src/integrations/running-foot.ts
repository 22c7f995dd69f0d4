import type { ViteUserConfig } from 'astro';

/** A Vite plugin, as Astro's config takes it (vite is Astro's dependency, not this project's). */
type Plugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

/** What BaseLayout imports: the running foot's words, as a stylesheet. */
export const runningFootModule = 'virtual:running-foot.css';
const resolvedId = `\0${runningFootModule}`;

/**
 * The words at the foot of every printed sheet (src/site/config.ts, `runningFoot`), as the
 * `content` of the @page rule's bottom-left box. They name the analysis' publisher and the book's
 * compiler, which live in content/, and a stylesheet cannot read content: typed into print.css, they
 * named the real site's works on the test fixture's sheets too. An inline <style> would need the
 * Content-Security-Policy to allow inline styles, so the rule is made here, at build time, and
 * bundled with the page's CSS like any other. print.css sets the box's type and colour. The dev
 * server reads content when it starts: an edit to who the works are shows after a restart.
 */
export function runningFoot(text: string): Plugin {
	return {
		name: 'explainer:running-foot',
		resolveId: (id) => (id === runningFootModule ? resolvedId : null),
		load: (id) =>
			id === resolvedId ? `@media print {\n\t@page {\n\t\t@bottom-left {\n\t\t\tcontent: ${cssString(text)};\n\t\t}\n\t}\n}\n` : null,
	};
}

/** `text` as a CSS string: quotes and backslashes escaped, a line break as the escape CSS reads as one. */
export function cssString(text: string): string {
	return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\A ')}"`;
}
