import type { Nodes } from 'hast';
// Importing these types also registers MDX's JSX nodes in hast's node types.
import type { MdxJsxAttribute, MdxJsxAttributeValueExpression, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';

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

/** The estree types MDX attaches to an expression, named through mdast-util-mdx-jsx's own types. */
type Program = NonNullable<NonNullable<MdxJsxAttributeValueExpression['data']>['estree']>;
type Expression = Extract<Program['body'][number], { type: 'ExpressionStatement' }>['expression'];

/**
 * Sets a JSX prop to a value given as a literal, as if the author had written `name={…}`: how a
 * plugin hands a component what it worked out while compiling, typed, with no string for the
 * component to parse again.
 */
export function setJsxProp(node: MdxJsxElement, name: string, value: unknown): void {
	const program: Program = {
		type: 'Program',
		sourceType: 'module',
		body: [{ type: 'ExpressionStatement', expression: literal(value) }],
	};
	const attribute: MdxJsxAttribute = {
		type: 'mdxJsxAttribute',
		name,
		value: { type: 'mdxJsxAttributeValueExpression', value: JSON.stringify(value), data: { estree: program } },
	};
	node.attributes = [...node.attributes.filter((a) => a.type !== 'mdxJsxAttribute' || a.name !== name), attribute];
}

/** An estree expression for a JSON-like value (strings, numbers, booleans, arrays, plain objects; undefined properties left out). */
function literal(value: unknown): Expression {
	if (Array.isArray(value)) return { type: 'ArrayExpression', elements: value.map(literal) };
	if (value !== null && typeof value === 'object')
		return {
			type: 'ObjectExpression',
			properties: Object.entries(value)
				.filter(([, v]) => v !== undefined)
				.map(([key, v]) => ({
					type: 'Property',
					key: { type: 'Literal', value: key },
					value: literal(v),
					kind: 'init',
					method: false,
					shorthand: false,
					computed: false,
				})),
		};
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { type: 'Literal', value };
	throw new TypeError(`cannot write ${String(value)} as a JSX prop`);
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
