import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';
import { join } from 'node:path';
import { loadContent } from '../../src/content/load';
import { splitChineseRuns } from '../../src/site/chinese-runs';
import { distDir, htmlPages, readHtml, requireDist } from '../support/dist';

// WCAG 3.1.2 (language of parts, level AA): a screen reader reads Chinese in a Chinese voice only
// where the page says it is Chinese; in an English voice it spells out characters, or skips them.
// Chinese runs are marked wherever they come from: the Markdown (src/markdown/rehype-chinese-lang.ts),
// and titles, definitions, facts and labels (src/components/MarkedChinese.astro).

/** Not read as the page's text: scripts and data, and the tab's title, which cannot mark a part. */
const unread = new Set(['script', 'style', 'template', 'title']);
const han = /\p{Script=Han}/u;

/** Each text with Chinese in it that no element around it marks as Chinese. */
function unmarkedChinese(tree: Nodes): string[] {
	const out: string[] = [];
	const walk = (node: Nodes, chinese: boolean) => {
		if (node.type === 'element') {
			if (unread.has(node.tagName)) return;
			const lang = node.properties.lang;
			if (lang !== undefined) chinese = /^zh(?!-Latn)/i.test(String(lang));
		}
		if (node.type === 'text' && !chinese && han.test(node.value)) out.push(node.value.trim().slice(0, 80));
		// A name given in an attribute cannot mark its parts: a link named "About this source: 网络安全法"
		// was read in one voice. Chinese in a name belongs in the element's text, marked.
		if (node.type === 'element' && han.test(String(node.properties.ariaLabel ?? '')))
			out.push(`aria-label: ${String(node.properties.ariaLabel).slice(0, 80)}`);
		if ('children' in node) for (const child of node.children) walk(child, chinese);
	};
	walk(tree, false);
	return out;
}

describe('the language of Chinese words', () => {
	requireDist();

	it('marks every run of Chinese on every page as Chinese, so it is read in a Chinese voice, and names nothing in Chinese by an attribute', () => {
		let pages = 0;
		const unmarked = htmlPages(distDir).flatMap(({ path, file }) => {
			const tree = fromHtml(readHtml(file));
			pages++;
			return unmarkedChinese(tree).map((text) => `${path}: ${text}`);
		});
		expect(pages).toBeGreaterThan(50);
		expect(unmarked).toEqual([]);
	});

	it('marks the title and publisher of a work in Traditional characters as zh-Hant wherever they are named, for a Traditional font and voice', () => {
		const traditional = [...loadContent(join(process.cwd(), 'content')).sources.values()]
			.map((s) => s.value)
			.filter((s) => s.language === 'zh-Hant')
			.flatMap((s) => [s.title, s.publisher ?? ''].flatMap((text) => splitChineseRuns(text).filter((_, i) => i % 2 === 1)));
		expect(traditional.length).toBeGreaterThan(0);
		let found = 0;
		const wrong: string[] = [];
		for (const { path, file } of htmlPages(distDir)) {
			const walk = (node: Nodes, lang: string) => {
				if (node.type === 'element') lang = String(node.properties.lang ?? lang);
				if (node.type === 'text')
					for (const run of traditional)
						if (node.value.includes(run)) {
							found++;
							if (lang !== 'zh-Hant') wrong.push(`${path}: ${run} in lang=${lang}`);
						}
				if ('children' in node && !(node.type === 'element' && unread.has(node.tagName)))
					for (const child of node.children) walk(child, lang);
			};
			walk(fromHtml(readHtml(file)), 'en');
		}
		expect(found).toBeGreaterThan(0);
		expect(wrong).toEqual([]);
	});

	it('finds Chinese that is not marked (the check can fail)', () => {
		const tree = fromHtml(
			'<p>The CAC (国家互联网信息办公室) and <span lang="zh-Hans">网信办</span>, and <i lang="zh-Latn-pinyin">wǎngxìnbàn</i> 网 <a aria-label="About 网信办" lang="zh-Hans">x</a></p>',
		);
		expect(unmarkedChinese(tree)).toEqual(['The CAC (国家互联网信息办公室) and', '网', 'aria-label: About 网信办']);
	});
});
