import type { Nodes } from 'hast';
// Importing these types also registers MDX's JSX nodes in hast's node types.
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';

/** An MDX component (<Term>, <Note>, …) as it appears in the hast tree @astrojs/mdx hands to rehype plugins. */
export type MdxJsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

export function isMdxJsx(node: Nodes): node is MdxJsxElement {
	return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** The string value of a JSX attribute, or undefined when absent or an expression. */
export function jsxAttribute(node: MdxJsxElement, name: string): string | undefined {
	const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	return typeof attr?.value === 'string' ? attr.value : undefined;
}

export function isHeading(node: Nodes): boolean {
	return node.type === 'element' && /^h[1-6]$/.test(node.tagName);
}

/** Path of the file being compiled relative to the project, for error messages. */
export function fileLabel(file: { path?: string; cwd?: string }): string {
	const path = file.path ?? '(unknown file)';
	const cwd = (file.cwd ?? process.cwd()).replace(/\/?$/, '/');
	return path.startsWith(cwd) ? path.slice(cwd.length) : path;
}
