import { wrapLabel } from './text-fit';

/**
 * The picture of a chapter on the home page: the chapter, its sections, the areas a section
 * divides into and the laws, rules and bodies each area leads to, as an outline drawn in SVG at
 * build time. It is an outline rather than a network (the who's-who map is the network) so that it
 * reads top to bottom at 320 px without scaling its text down: each level is indented under its
 * parent and joined to it by a line, and an area's rules and bodies flow as chips that wrap.
 *
 * It is laid out twice: at a phone's width, and at the reading column's on a wider screen, where the
 * phone's drawing wrapped short names ("Cybersecurity Review / Measures") in a third of the column.
 * The page shows the one its column fits (src/styles/pages.css).
 */

export type PictureKind = 'chapter' | 'section' | 'area' | 'rule' | 'body';

export interface PictureItem {
	kind: PictureKind;
	lines: string[];
	href: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface PictureInput {
	title: string;
	href: string;
	sections: {
		title: string;
		href: string;
		areas: { title: string; href: string; leadsTo: { label: string; href: string; kind: 'rule' | 'body' }[] }[];
	}[];
}

export interface ChapterPicture {
	width: number;
	height: number;
	items: PictureItem[];
	/** Joining lines, as SVG path data. */
	joins: string[];
}

/** Sizes in SVG user units (px at 100 %), which src/styles/pages.css uses too. */
export const pictureType = {
	text: 15,
	chip: 14,
	lineHeight: 20,
	chipLine: 18,
	chipHeight: 28,
	chipPad: 9,
	gap: 6,
	indent: 18,
	/** A 320 px phone's column (288 px) shows 300 units at 96 %: text stays above 12 px. */
	width: 300,
	/** The reading column on a wider screen (534 px), and on paper. */
	wideWidth: 520,
} as const;

// No browser at build time: text is measured by a generous average glyph width (as the map does).
const charWidth = (size: number) => size * 0.6;
const rowGap = 4;

export function layoutChapterPicture(input: PictureInput, width: number = pictureType.width): ChapterPicture {
	const { text, chip, lineHeight, chipLine, chipHeight, chipPad, gap, indent } = pictureType;
	const items: PictureItem[] = [];
	const joins: string[] = [];
	let y = 0;

	/** A line of text (wrapped to the width left at its indent), at least a finger's height. */
	const place = (kind: PictureKind, label: string, href: string, x: number): PictureItem => {
		const lines = wrapLabel(label, Math.floor((width - x) / charWidth(text)));
		const height = Math.max(lines.length * lineHeight + 4, 28);
		const item = { kind, lines, href, x, y, width: width - x, height };
		items.push(item);
		y += height + rowGap;
		return item;
	};
	/** A line from a parent's stem down to a child's middle, then across to it. */
	const join = (stemX: number, from: number, child: { x: number; y: number; height: number }) =>
		joins.push(`M${stemX} ${from}V${child.y + child.height / 2}H${child.x - 3}`);

	const root = place('chapter', input.title, input.href, 0);
	for (const section of input.sections) {
		const s = place('section', section.title, section.href, indent);
		join(indent / 2, root.y + root.height, s);
		for (const area of section.areas) {
			const a = place('area', area.title, area.href, 2 * indent);
			join(indent * 1.5, s.y + s.height, a);
			// The area's rules and bodies: chips that flow left to right and wrap, one join per row. The
			// rules first and the bodies on a row of their own: a body on the row of a rule ("Cybersecurity
			// Law", "CAC") read as belonging to it.
			const left = 3 * indent;
			const maxChars = Math.floor((width - left - 2 * chipPad) / charWidth(chip));
			let x = left;
			let row: PictureItem[] = [];
			const rows: PictureItem[][] = [row];
			const terms = [...area.leadsTo.filter((t) => t.kind === 'rule'), ...area.leadsTo.filter((t) => t.kind !== 'rule')];
			for (const term of terms) {
				const lines = wrapLabel(term.label, maxChars);
				const w = Math.ceil(Math.max(...lines.map((l) => l.length)) * charWidth(chip) + 2 * chipPad);
				if (x > left && (x + w > width || row.at(-1)?.kind !== term.kind)) {
					x = left;
					rows.push((row = []));
				}
				row.push({
					kind: term.kind,
					lines,
					href: term.href,
					x,
					y: 0,
					width: w,
					height: Math.max(chipHeight, lines.length * chipLine + 10),
				});
				x += w + gap;
			}
			for (const chips of rows) {
				const height = Math.max(...chips.map((c) => c.height));
				for (const c of chips) items.push({ ...c, y: y + (height - c.height) / 2 });
				join(indent * 2.5, a.y + a.height, { x: left, y, height });
				y += height + gap;
			}
			y += rowGap;
		}
	}
	return { width, height: y, items, joins };
}
