/** The URL path (without base) a content file is published at: content/sections/a/b.mdx → /a/b/. */
export function pagePathOf(filePath: string): string | undefined {
	const match = /\/content\/sections\/(.+)\.mdx?$/.exec(filePath.split('\\').join('/'));
	return match ? `/${match[1]}/` : undefined;
}
