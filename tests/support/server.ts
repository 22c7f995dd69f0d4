import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';

/**
 * Serves a built site on 127.0.0.1 at a free port with sirv, as a static host would: `base` is
 * the sub-path the site was built for, and anything outside it is a 404. Like Netlify and
 * Cloudflare Pages, it sends the headers the build's `_headers` file gives each path, so the
 * browser tests run under the header Content-Security-Policy as well as the <meta> one.
 */
export async function serveDist(
	dir: string,
	base = '/',
): Promise<{ origin: string; url: (path: string) => string; close: () => Promise<void> }> {
	const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	const rules = await headerRules(dir);
	const server: Server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (!url.startsWith(base)) {
			res.statusCode = 404;
			res.end('Not found');
			return;
		}
		req.url = `/${url.slice(base.length)}`;
		const path = req.url.split('?')[0]!;
		for (const rule of rules)
			if (rule.forRegExp.test(path)) for (const [name, value] of Object.entries(rule.values)) res.setHeader(name, value);
		files(req, res, () => {
			res.statusCode = 404;
			res.setHeader('content-type', 'text/html; charset=utf-8');
			res.end(notFoundPage(dir));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		origin,
		url: (path: string) => `${origin}${base}${path.replace(/^\//, '')}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

const notFoundPage = (dir: string) => (existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : 'Not found');

/** The build's `_headers` rules, read by Netlify's own parser; none if the build has no such file. */
export async function headerRules(dir: string): Promise<Header[]> {
	const file = join(dir, '_headers');
	if (!existsSync(file)) return [];
	const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: undefined, minimal: false });
	if (errors.length > 0) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
	return headers as Header[];
}
