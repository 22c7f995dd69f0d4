import type { APIRoute, GetStaticPaths } from 'astro';
import { siteIndex } from '../../data/site-index';
import { fontsFor, renderShareImage } from '../../data/share-image';
import { site } from '../../site/config';
import { shareImagePath, type ShareCard } from '../../site/share-card';

/** /og/<page>.png: every page's share card as an image (src/site/share-card.ts), which PageMeta names. */
export const getStaticPaths = (async () => {
	return [...(await siteIndex()).shareCards].map(([path, card]) => ({
		params: { page: shareImagePath(path).replace(/^og\/|\.png$/g, '') },
		props: { card },
	}));
}) satisfies GetStaticPaths;

// The fonts of every card, read once: satori then parses each font once for the whole build.
let fonts: ReturnType<typeof fontsFor> | undefined;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => {
	fonts ??= fontsFor([...(await siteIndex()).shareCards.values()], site.title);
	const png = await renderShareImage(props.card, site.title, fonts);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
