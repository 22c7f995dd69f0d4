import { unified, type Pluggable } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';
import type { Root } from 'hast';

/**
 * MDX → hast through the same stages @astrojs/mdx uses before rehype plugins run (MDX components
 * stay as JSX nodes), then `plugin`. Returns the tree and the front matter the plugins wrote.
 */
export async function runMdx(mdx: string, plugin: Pluggable, path = '/site/content/sections/chapter-5/page.mdx') {
	const file = new VFile({ value: mdx, path });
	const processor = unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkRehype, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] })
		.use([plugin]);
	const tree = (await processor.run(processor.parse(file), file)) as Root;
	const frontmatter = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {}) as Record<string, unknown>;
	return { tree, frontmatter };
}
