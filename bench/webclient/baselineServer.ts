import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { BenchContext } from '../lib/types.js';

const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>livekit-client baseline</title></head>
<body><button id="join">Join</button><div id="videos"></div>
<script type="module" src="/main.js"></script></body></html>`;

/**
 * Serves the baseline page (`baselinePage/main.ts` bundled with esbuild, minified as a production
 * build would be) and livekit-client's E2EE worker on 127.0.0.1. Resolves with the page's address.
 */
export async function startBaselineServer(ctx: BenchContext): Promise<string> {
  const bundled = await build({
    entryPoints: [fileURLToPath(new URL('./baselinePage/main.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const main = bundled.outputFiles[0]!.contents;
  const worker = readFileSync(fileURLToPath(import.meta.resolve('livekit-client/e2ee-worker')));
  const files: Record<string, { type: string; body: string | Uint8Array }> = {
    '/': { type: 'text/html', body: HTML },
    '/main.js': { type: 'text/javascript', body: main },
    '/e2ee-worker.js': { type: 'text/javascript', body: worker },
  };
  const server: Server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://x').pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  ctx.onCleanup(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('baseline server has no port');
  return `http://127.0.0.1:${address.port}`;
}
