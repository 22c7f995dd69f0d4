/**
 * The preview image a link to a page shows when it is shared (Open Graph, X/Twitter cards): what
 * it says, where it is published and how it is laid out. Pure: src/data/share-cards.ts says which
 * card each page has, src/data/share-image.ts draws it (satori, then resvg), PageMeta names it.
 */

/** What one page's card says, top to bottom; the site's name is on every card. */
export interface ShareCard {
	/** What kind of page it is: "Glossary entry · Agency", "Chapter 5 · 筑牢国家网络安全屏障 · Book section 2". */
	kind: string;
	/** The page's title, exactly as its heading and og:title give it (PageMeta checks). */
	title: string;
	/** A line under the title: the Chinese name, an abbreviation, the site's tagline. */
	subtitle?: string;
}

/** The size every platform takes for a large preview (1.91:1), as a PNG. */
export const shareImage = { width: 1200, height: 630, type: 'image/png' } as const;

/**
 * Where a page's card is published, from the page's site path without the base: "/glossary/cac/"
 * → "og/glossary/cac.png", "/" → "og/index.png", "/404.html" → "og/404.png". One folder of its
 * own keeps the images out of the pages' header rules (src/site/host-headers.ts) and the sitemap.
 */
export function shareImagePath(pagePath: string): string {
	const name = pagePath.replace(/^\/+/, '').replace(/(\/|\.html)$/, '');
	return `og/${name || 'index'}.png`;
}

/** The image's text alternative, og:image:alt: everything the card says, in reading order, each once (the home page's title is the site's name). */
export const shareImageAlt = (card: ShareCard, siteTitle: string): string =>
	[...new Set([card.kind, card.title, card.subtitle, siteTitle].filter(Boolean))].join(' — ');

/** Left and right margins of the card's text, and the width the title wraps in. */
const margin = 72;
const textWidth = shareImage.width - 2 * margin;

/**
 * The title's size in pixels: the largest that sets it in at most three lines, so a short title
 * reads from across a room and the longest glossary name (110 characters) still fits whole. Lines
 * are estimated from the serif’s average advance at this weight (about 0.58 em) with a tenth lost to word wrap,
 * which satori does for real when it draws the card.
 */
export function titleSize(title: string): number {
	const sizes = [76, 68, 60, 54, 48];
	const lines = (size: number) => Math.ceil((title.length * 0.58 * size) / (textWidth * 0.9));
	return sizes.find((size) => lines(size) <= 3) ?? sizes.at(-1)!;
}

/** Colors of the site's light scheme (src/styles/base.css): paper, ink, and the book's brown for the kind. */
const colors = { paper: '#fdfcf9', ink: '#1c1c1e', muted: '#52504b', accent: '#8a4300' } as const;

/** A satori element: the shape of a React element, without React. */
export interface CardElement {
	type: string;
	props: { style?: Record<string, string | number>; lang?: string; children?: string | CardElement | CardElement[] };
}

const el = (type: string, style: Record<string, string | number>, children: string | CardElement[], lang?: string): CardElement => ({
	type,
	props: { style, children, ...(lang && { lang }) },
});

/** Chinese in a line: satori then takes the Simplified Chinese forms of the glyphs. */
const lang = (text: string) => (/\p{Script=Han}/u.test(text) ? 'zh-CN' : undefined);

/**
 * The card: kind, title and subtitle on the site's paper, then the site's name on a dark band.
 * Light paper stands out in a dark feed, the dark band and the brown rule bound it in a white one.
 * `fonts` names the font families satori was given for the serif title and the sans lines.
 */
export function cardElement(card: ShareCard, siteTitle: string, fonts: { serif: string; sans: string }): CardElement {
	return el(
		'div',
		{ width: shareImage.width, height: shareImage.height, display: 'flex', flexDirection: 'column', background: colors.paper },
		[
			el('div', { height: 14, background: colors.accent }, []),
			el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, padding: `0 ${margin}px` }, [
				el('div', { fontFamily: fonts.sans, fontSize: 30, fontWeight: 700, color: colors.accent }, card.kind, lang(card.kind)),
				el(
					'div',
					{ fontFamily: fonts.serif, fontSize: titleSize(card.title), fontWeight: 600, lineHeight: 1.12, color: colors.ink, marginTop: 22 },
					card.title,
					lang(card.title),
				),
				...(card.subtitle
					? [el('div', { fontFamily: fonts.sans, fontSize: 38, color: colors.muted, marginTop: 22 }, card.subtitle, lang(card.subtitle))]
					: []),
			]),
			el(
				'div',
				{
					display: 'flex',
					alignItems: 'center',
					height: 104,
					padding: `0 ${margin}px`,
					background: colors.ink,
					color: colors.paper,
					fontFamily: fonts.sans,
					fontSize: 32,
					fontWeight: 700,
				},
				siteTitle,
			),
		],
	);
}
