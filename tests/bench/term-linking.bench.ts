import { inject, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { createMatcher } from '../../src/glossary/matcher';
import type { MatchPattern } from '../../src/glossary/patterns';
import { rehypeAnchors } from '../../src/markdown/rehype-anchors';
import { rehypeTermLinks } from '../../src/markdown/rehype-term-links';
import { saveRaw } from './raw-results';
import { medianMs, report } from './report';

// 1,000 synthetic terms (each with a term, an abbreviation and an alias, so 3,000 names) linked
// over 25, 50 and 100 synthetic pages of about 900 words each, through the same unified pipeline
// the site uses. If cost is linear in the text, time per page stays flat as pages grow.
const TERMS = 1000;
const words = 'state regulator network operator data export review incident report platform security law rule system industry'.split(' ');
const pick = (i: number) => words[i % words.length]!;

const patterns: MatchPattern[] = [];
for (let i = 0; i < TERMS; i++) {
	patterns.push({ text: `Term ${i} ${pick(i)} Office`, termId: `t${i}`, caseSensitive: false });
	patterns.push({ text: `T${i}X`, termId: `t${i}`, caseSensitive: true });
	patterns.push({ text: `${pick(i)} alias ${i}`, termId: `t${i}`, caseSensitive: false });
}

function page(n: number): string {
	const paragraphs: string[] = [];
	for (let p = 0; p < 12; p++) {
		const sentence = (k: number) => `The ${pick(k)} of T${(n * 37 + k) % TERMS}X meets the Term ${(n * 11 + k) % TERMS} ${pick((n * 11 + k) % TERMS)} Office and ${pick(k + 3)} alias ${(n + k) % TERMS} under plain words about ${pick(k + 5)}.`;
		paragraphs.push(Array.from({ length: 5 }, (_, k) => sentence(p * 5 + k)).join(' '));
		if (p % 4 === 3) paragraphs.push(`## Part ${p}`);
	}
	return paragraphs.join('\n\n');
}

it('term linking: 1,000 terms over 25, 50 and 100 pages', async () => {
	const buildStart = performance.now();
	const matcher = createMatcher(patterns);
	const matcherMs = performance.now() - buildStart;
	const processor = unified()
		.use(remarkParse)
		.use(remarkRehype)
		.use(rehypeAnchors, { include: ['/content/sections/'], redirects: [] })
		.use(rehypeTermLinks, { matcher, termIds: new Set(patterns.map((p) => p.termId)), base: '/', include: ['/content/sections/'] })
		.use(rehypeStringify);
	const pages = Array.from({ length: 100 }, (_, n) => page(n));
	const wordsPerPage = Math.round(pages.reduce((sum, p) => sum + p.split(/\s+/).length, 0) / pages.length);
	const run = (count: number) => Promise.all(pages.slice(0, count).map((value, n) => processor.process(new VFile({ value, path: `/site/content/sections/c/p${n}.md` }))));

	await run(10); // warm up the JIT before measuring
	const rows = [];
	for (const count of [25, 50, 100]) {
		const ms = await medianMs(() => run(count));
		rows.push({ pages: count, 'words per page': wordsPerPage, 'total ms (median of 5)': ms.toFixed(1), 'ms per page': (ms / count).toFixed(2) });
	}
	rows.push({ pages: 'matcher build', 'words per page': '-', 'total ms (median of 5)': matcherMs.toFixed(1), 'ms per page': '-' });
	saveRaw('term-linking', inject('benchSite').runId, rows);
	report('term-linking', `Term linking, ${TERMS} terms (${patterns.length} names)`, rows);
});
