/** Joins Astro's base ("/" or "/explainer/" or "/explainer") with a site path, keeping one slash. */
export function withBase(base: string, path: string): string {
	const b = base.endsWith('/') ? base : `${base}/`;
	return `${b}${path.replace(/^\/+/, '')}`;
}

export const termHref = (base: string, id: string) => withBase(base, `glossary/${id}/`);
export const sectionHref = (base: string, id: string) => withBase(base, `${id}/`);
