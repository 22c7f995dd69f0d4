import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import sirv from 'sirv';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';

/** One response, as the server sent it. */
export interface Served {
	path: string;
	acceptEncoding: string;
	/** What the server actually sent: "br", "gzip" or "identity". */
	contentEncoding: string;
}

export interface ServeOptions {
	/** A fixed port (the bench's build knows its address); otherwise a free one. */
	port?: number;
	/**
	 * Compress responses as a CDN would: the `compression` middleware (brotli when the client
	 * accepts it, else gzip; its default levels and 1 KB threshold) in front of sirv. The bench
	 * measures bytes transferred, so it needs this; the tests do not.
	 */
	compress?: boolean;
}

/**
 * Serves a built site on 127.0.0.1 with sirv, as a static host would. Like Netlify and Cloudflare
 * Pages, it sends the headers the build's `_headers` file gives each path, so the browser tests
 * run under the header Content-Security-Policy as well as the <meta> one. The one server of the
 * tests and the bench.
 */
export async function serveDist(
	dir: string,
	/** The sub-path the site was built for; anything outside it is a 404. */
	base = '/',
	{ port = 0, compress = false }: ServeOptions = {},
): Promise<{ origin: string; url: (path: string) => string; close: () => Promise<void>; takeLog: () => Served[] }> {
	const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	const compressor = compress ? compression() : undefined;
	const rules = await headerRules(dir);
	let log: Served[] = [];
	const serve = (req: IncomingMessage, res: ServerResponse) => {
		const url = req.url ?? '/';
		if (!url.startsWith(base)) {
			res.statusCode = 404;
			res.end('Not found');
			return;
		}
		req.url = `/${url.slice(base.length)}`;
		const path = req.url.split('?')[0]!;
		for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
		files(req, res, () => {
			res.statusCode = 404;
			res.setHeader('content-type', 'text/html; charset=utf-8');
			res.end(notFoundPage(dir));
		});
	};
	const server: Server = createServer((req, res) => {
		res.on('finish', () =>
			log.push({
				path: req.url ?? '',
				acceptEncoding: String(req.headers['accept-encoding'] ?? ''),
				contentEncoding: String(res.getHeader('content-encoding') ?? 'identity'),
			}),
		);
		// compression is connect-style and works on plain Node requests; its types expect Express's.
		if (compressor) compressor(req as Parameters<typeof compressor>[0], res as Parameters<typeof compressor>[1], () => serve(req, res));
		else serve(req, res);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		url: (path: string) => `${origin}${base}${path.replace(/^\//, '')}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
		/** Every response since the last call, then forgotten. */
		takeLog: () => {
			const taken = log;
			log = [];
			return taken;
		},
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

/** The headers the rules give a path, as Netlify merges them (every matching rule adds its own). */
export const headersFor = (rules: Header[], path: string): Record<string, string> =>
	Object.assign({}, ...rules.filter((r) => r.forRegExp.test(path)).map((r) => r.values));
