import { defineMiddleware } from 'astro:middleware';
import { siteIndex } from './data/site-index';

/**
 * Gives every page's components the site's index (src/data/site-index.ts) as
 * `Astro.locals.siteIndex`: the same object, built once per build, for the components no page
 * renders with props (MDX components inside content) and those on every page (header, head
 * metadata, "Cite this"). Pages may pass the rest as props.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	context.locals.siteIndex = await siteIndex();
	return next();
});
