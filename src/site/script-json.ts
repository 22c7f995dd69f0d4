/**
 * JSON for a <script type="application/ld+json"> (or application/json) element: "<" (and ">", "&")
 * as \u escapes, so text such as "</script>" in a title can never end the element early. JSON
 * parsers read the escapes back. Every JSON written into a page goes through here.
 */
export function jsonForScript(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
