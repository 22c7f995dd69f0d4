import { unified, type Pluggable } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';
import type { Root } from 'hast';
import { pageDataOf } from '../../src/markdown/page-data';

/**
 * MDX → hast through the same stages @astrojs/mdx uses before rehype plugins run (MDX components
 * stay as JSX nodes), then `plugin`. Returns the tree and what the plugins recorded for the page.
 */
export async function runMdx(mdx: string, plugin: Pluggable, path = '/site/content/sections/chapter-5/page.mdx') {
	const file = new VFile({ value: mdx, path });
	const processor = unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkRehype, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] })
		.use([plugin]);
	const tree = (await processor.run(processor.parse(file), file)) as Root;
	// What the plugins recorded through src/markdown/page-data.ts, as the page would read it.
	const pageData = pageDataOf({ remarkPluginFrontmatter: file.data.astro?.frontmatter ?? {} });
	return { tree, pageData, file };
}
