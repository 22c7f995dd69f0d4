import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font as SatoriFont, type FontWeight } from 'satori';
import { subsetsFor } from '../site/font-subsets';
import { cardElement, shareImage, type ShareCard } from '../site/share-card';

/**
 * Draws share cards (src/site/share-card.ts) as PNG at build time: satori lays the card out and
 * turns its text into SVG paths, resvg rasterizes the SVG. Fonts come from npm packages, never the
 * network: Source Serif 4 for titles (a serif like the site's Charter), Source Sans 3 for the other
 * lines, and Noto Sans SC for Chinese. Only the Fontsource subset files the cards' text touches are
 * read (src/site/font-subsets.ts): a handful of the Chinese font's hundred.
 */

const require = createRequire(import.meta.url);

/** A Fontsource package, its file name stem and the weights the card draws it in. */
interface FontPackage {
	pkg: string;
	stem: string;
	weights: FontWeight[];
}

/**
 * The fonts of each kind of line, first choice first. Noto Sans SC comes after Source Sans 3: its
 * quotation marks and middle dot are full width, as Chinese sets them, and would gape in English.
 * The Chinese font also backs the serif: satori falls back to every font it was given.
 */
const roles: Record<'serif' | 'sans', FontPackage[]> = {
	serif: [{ pkg: '@fontsource/source-serif-4', stem: 'source-serif-4', weights: [600] }],
	sans: [
		{ pkg: '@fontsource/source-sans-3', stem: 'source-sans-3', weights: [400, 700] },
		{ pkg: '@fontsource/noto-sans-sc', stem: 'noto-sans-sc', weights: [400, 700] },
	],
};

const packageDir = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));
const rangesRead = new Map<string, Record<string, string>>();
/** A package's unicode.json, read once: every card's text is checked against it. */
function unicodeRanges(pkg: string): Record<string, string> {
	let ranges = rangesRead.get(pkg);
	if (!ranges) {
		ranges = JSON.parse(readFileSync(join(packageDir(pkg), 'unicode.json'), 'utf8')) as Record<string, string>;
		rangesRead.set(pkg, ranges);
	}
	return ranges;
}

/** The subset files of a role's packages that `text` needs, each character from the first package that has it. */
function pickSubsets(role: FontPackage[], text: string): { files: { font: FontPackage; subset: string }[]; missing: string[] } {
	const files: { font: FontPackage; subset: string }[] = [];
	let rest = text;
	for (const font of role) {
		const { subsets, missing } = subsetsFor(unicodeRanges(font.pkg), rest);
		files.push(...subsets.map((subset) => ({ font, subset })));
		rest = missing.join('');
	}
	return { files, missing: [...rest] };
}

/**
 * The fonts for these cards, once for all of them (satori keeps its parsed fonts for a fonts array
 * it has seen): each subset file under a name of its own, since satori keeps one font per name and
 * weight, and the family lists naming them for the card's serif and sans lines. A character no
 * font has stops the build, naming the card.
 */
export function fontsFor(cards: ShareCard[], siteTitle: string): { fonts: SatoriFont[]; names: Record<'serif' | 'sans', string> } {
	const text = (card: ShareCard) => [card.kind, card.title, card.subtitle].join('');
	for (const card of cards) {
		const { missing } = pickSubsets(roles.sans, text(card));
		if (missing.length)
			throw new Error(
				`the share card of “${card.title}” has characters no font of the card has (${missing.join(' ')}): ` +
					'write them another way, or add a Fontsource package that has them to src/data/share-image.ts',
			);
	}
	const picked = {
		serif: pickSubsets(roles.serif, cards.map((c) => c.title).join('')).files,
		sans: pickSubsets(roles.sans, cards.map(text).join('') + siteTitle).files,
	};
	const fonts: SatoriFont[] = [];
	const names = { serif: '', sans: '' };
	for (const role of ['serif', 'sans'] as const) {
		const named = picked[role].map(({ font, subset }) => ({ font, subset, name: `${font.stem} ${subset}` }));
		names[role] = named.map(({ name }) => `"${name}"`).join(', ');
		for (const { font, subset, name } of named)
			for (const weight of font.weights) {
				// Fontsource names a numbered slice "[12]" in unicode.json and "12" in its file names.
				const file = `${font.stem}-${subset.replace(/^\[(\d+)\]$/, '$1')}-${weight}-normal.woff2`;
				fonts.push({ name, data: readFileSync(join(packageDir(font.pkg), 'files', file)), weight, style: 'normal' });
			}
	}
	return { fonts, names };
}

/** One card as a 1200 × 630 PNG. */
export async function renderShareImage(card: ShareCard, siteTitle: string, fonts: ReturnType<typeof fontsFor>): Promise<Buffer> {
	const svg = await satori(cardElement(card, siteTitle, fonts.names) as Parameters<typeof satori>[0], {
		width: shareImage.width,
		height: shareImage.height,
		fonts: fonts.fonts,
	});
	// The text is already paths: resvg needs no fonts, and reading the system's would only be slower.
	return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
