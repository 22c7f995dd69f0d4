import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/**
 * Serves a built site on 127.0.0.1 at a free port with sirv, as a static host would: `base` is
 * the sub-path the site was built for, and anything outside it is a 404.
 */
export async function serveDist(dir: string, base = '/'): Promise<{ origin: string; url: (path: string) => string; close: () => Promise<void> }> {
	const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	const server: Server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (!url.startsWith(base)) {
			res.statusCode = 404;
			res.end('Not found');
			return;
		}
		req.url = `/${url.slice(base.length)}`;
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
