import { describe, expect, it } from 'vitest';
import { layoutChapterPicture, pictureType, type PictureInput } from '../../src/drawing/chapter-picture';

// The home page's picture of a chapter (src/drawing/chapter-picture.ts), laid out at build time.
const chip = (label: string, kind: 'rule' | 'body') => ({ label, href: `/glossary/${label.toLowerCase()}/`, kind });
const input: PictureInput = {
	title: 'Chapter 5',
	href: '/chapter-5/overview/',
	sections: [
		{
			title: '3. Systems',
			href: '/chapter-5/systems/',
			areas: [
				{
					title: 'Critical information infrastructure',
					href: '/chapter-5/systems/#cii',
					// As content/book/chapters.yaml may list them: a body between two rules.
					leadsTo: [chip('CII Regulations', 'rule'), chip('CAC', 'body'), chip('Cybersecurity Law', 'rule'), chip('MPS', 'body')],
				},
			],
		},
	],
};

describe('the picture of a chapter', () => {
	it('sets an area’s bodies on rows of their own, after its rules, never beside a rule', () => {
		const { items } = layoutChapterPicture(input);
		const chips = items.filter((i) => i.kind === 'rule' || i.kind === 'body');
		expect(chips.map((c) => c.lines.join(' '))).toEqual(['CII Regulations', 'Cybersecurity Law', 'CAC', 'MPS']);
		const middle = (c: (typeof chips)[number]) => c.y + c.height / 2;
		for (const rule of chips.filter((c) => c.kind === 'rule'))
			for (const body of chips.filter((c) => c.kind === 'body')) expect(Math.abs(middle(rule) - middle(body))).toBeGreaterThan(1);
		// The two bodies are short enough to share their row.
		const [cac, mps] = chips.filter((c) => c.kind === 'body');
		expect(middle(cac!)).toBe(middle(mps!));
	});

	it('keeps every box inside the width it is laid out for, a phone’s or the reading column’s, and wraps less in the wider', () => {
		const lines = (width: number) => {
			const picture = layoutChapterPicture(input, width);
			expect(picture.width).toBe(width);
			for (const item of picture.items) expect(item.x + item.width, item.lines.join(' ')).toBeLessThanOrEqual(width);
			return picture.items.reduce((n, i) => n + i.lines.length, 0);
		};
		expect(lines(pictureType.wideWidth)).toBeLessThan(lines(pictureType.width));
	});
});
