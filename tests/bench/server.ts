import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import compression from 'compression';
import sirv from 'sirv';

export interface Served {
	path: string;
	acceptEncoding: string;
	/** What the server actually sent: "br", "gzip" or "identity". */
	contentEncoding: string;
}

export interface BenchServer {
	origin: string;
	close: () => Promise<void>;
	/** Every response since the last call, then forgotten. */
	takeLog: () => Served[];
}

/**
 * Serves a build on 127.0.0.1:<port> as a CDN would: compressed on the fly by the `compression`
 * middleware (brotli when the client accepts it, else gzip; its default levels and 1 KB
 * threshold) in front of sirv. The log records the Content-Encoding each response really used,
 * because Chromium may not advertise brotli over plain http.
 */
export async function serveCompressed(dir: string, port: number): Promise<BenchServer> {
	const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	const compress = compression();
	let log: Served[] = [];
	const server = createServer((req: IncomingMessage, res: ServerResponse) => {
		res.on('finish', () =>
			log.push({
				path: req.url ?? '',
				acceptEncoding: String(req.headers['accept-encoding'] ?? ''),
				contentEncoding: String(res.getHeader('content-encoding') ?? 'identity'),
			}),
		);
		// compression is connect-style and works on plain Node requests; its types expect Express's.
		compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () =>
			files(req, res, () => {
				res.statusCode = 404;
				res.end('Not found');
			}),
		);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
		takeLog: () => {
			const taken = log;
			log = [];
			return taken;
		},
	};
}
