import { describe, expect, it } from 'vitest';
import { fontsFor, renderShareImage } from '../../src/data/share-image';
import { parseUnicodeRange, subsetsFor } from '../../src/site/font-subsets';
import { cardElement, shareImageAlt, shareImagePath, titleSize, type CardElement, type ShareCard } from '../../src/site/share-card';

// The share card's template (src/site/share-card.ts), the choice of font files for its text
// (src/site/font-subsets.ts) and the drawing itself (src/data/share-image.ts). The build test
// (tests/build/metadata.test.ts) checks that every page of a build names its image and that it exists.

const SITE = 'Governing Cybersecurity, Explained';
const cac: ShareCard = {
	kind: 'Glossary entry · Agency',
	title: 'Cyberspace Administration of China',
	subtitle: 'CAC · 国家互联网信息办公室',
};

/** Width and height from a PNG's header, after checking its signature. */
function pngSize(png: Buffer): { width: number; height: number } {
	expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Every text of a card's element tree, with the language it is marked in. */
const texts = (node: CardElement): { text: string; lang?: string }[] => {
	const { children, lang } = node.props;
	if (typeof children === 'string') return [{ text: children, lang }];
	return (Array.isArray(children) ? children : children ? [children] : []).flatMap(texts);
};

describe('a share card', () => {
	it('is published under og/, named after its page', () => {
		expect(shareImagePath('/')).toBe('og/index.png');
		expect(shareImagePath('/glossary/')).toBe('og/glossary.png');
		expect(shareImagePath('/glossary/cac/')).toBe('og/glossary/cac.png');
		expect(shareImagePath('/chapter-5/overview/')).toBe('og/chapter-5/overview.png');
		expect(shareImagePath('/404/')).toBe('og/404.png');
		expect(shareImagePath('/404.html')).toBe('og/404.png');
	});

	it('says its kind, its title, its subtitle and the site’s name, the Chinese lines marked as Chinese', () => {
		const shown = texts(cardElement(cac, SITE, { serif: 'Serif', sans: 'Sans' }));
		expect(shown).toEqual([
			{ text: 'Glossary entry · Agency', lang: undefined },
			{ text: 'Cyberspace Administration of China', lang: undefined },
			{ text: 'CAC · 国家互联网信息办公室', lang: 'zh-CN' },
			{ text: SITE, lang: undefined },
		]);
		expect(texts(cardElement({ kind: 'About the site', title: 'About this site' }, SITE, { serif: 'S', sans: 'S' }))).toHaveLength(3);
		// Its text alternative says the same, in the same order.
		expect(shareImageAlt(cac, SITE)).toBe(
			`Glossary entry · Agency — Cyberspace Administration of China — CAC · 国家互联网信息办公室 — ${SITE}`,
		);
	});

	it('sets a short title large and a long one smaller, never below 48 px', () => {
		expect(titleSize('Timeline')).toBe(76);
		expect(titleSize(cac.title)).toBe(76);
		const book = 'An Introduction to General Secretary Xi Jinping’s Important Thought on Building China’s Strength in Cyberspace';
		expect(titleSize(book)).toBeLessThan(titleSize('National Cybersecurity Talent and Innovation Base'));
		expect(titleSize(book)).toBeGreaterThanOrEqual(48);
		expect(titleSize(book.repeat(3))).toBe(48);
	});
});

describe('the fonts of share cards', () => {
	it('reads a CSS unicode-range', () => {
		expect(parseUnicodeRange('U+0000-00FF,U+0131, U+4e00-9fff')).toEqual([
			[0, 255],
			[0x131, 0x131],
			[0x4e00, 0x9fff],
		]);
		expect(() => parseUnicodeRange('0000-00FF')).toThrow(/not a unicode-range part/);
	});

	it('picks the subsets a text touches, each character from the first that has it, and names what none has', () => {
		const ranges = { latin: 'U+0000-00FF,U+2019', '[1]': 'U+2019,U+4E00-4FFF', '[2]': 'U+5000-5FFF' };
		expect(subsetsFor(ranges, 'China’s')).toEqual({ subsets: ['latin'], missing: [] });
		expect(subsetsFor(ranges, 'A 一 倍')).toEqual({ subsets: ['latin', '[1]', '[2]'], missing: [] });
		expect(subsetsFor(ranges, '一 क')).toEqual({ subsets: ['[1]'], missing: ['क'] });
	});

	it('loads Source Sans before the Chinese font, and only the Chinese slices the cards use', () => {
		const { fonts, names } = fontsFor([cac], SITE);
		expect(names.serif).toBe('"source-serif-4 latin"');
		expect(names.sans.split(', ')[0]).toBe('"source-sans-3 latin"');
		const chinese = new Set(fonts.filter((f) => f.name.startsWith('noto-sans-sc')).map((f) => f.name));
		expect(chinese.size).toBeGreaterThan(0);
		expect(chinese.size).toBeLessThanOrEqual([...'国家互联网信息办公室'].length);
	});

	it('stops the build on a character no font has, naming the card', () => {
		expect(() => fontsFor([{ kind: 'Glossary entry', title: 'कानून' }], SITE)).toThrow(
			/share card of “कानून” has characters no font of the card has \(क .*add a Fontsource package/,
		);
	});
});

describe('a drawn share card', () => {
	// The same characters in another order: empty boxes would be drawn the same either way.
	const cards = [cac, { ...cac, subtitle: `CAC · ${[...'国家互联网信息办公室'].reverse().join('')}` }];
	const fonts = fontsFor(cards, SITE);

	it('is a 1200 × 630 PNG, the same bytes each time it is drawn', async () => {
		const [a, b] = [await renderShareImage(cac, SITE, fonts), await renderShareImage(cac, SITE, fonts)];
		expect(pngSize(a!)).toEqual({ width: 1200, height: 630 });
		expect(a!.equals(b!)).toBe(true);
	});

	it('draws Chinese with real glyphs: two different names make two different images', async () => {
		const [a, b] = await Promise.all(cards.map((c) => renderShareImage(c, SITE, fonts)));
		expect(a!.equals(b!)).toBe(false);
	});
});
