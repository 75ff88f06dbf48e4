import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '@intervision/testkit';
import { spawnTracked } from '../lib/children.js';
import type { Benchmark, BenchContext, BenchResult } from '../lib/types.js';

/** Bytes of JS and CSS the join page may need before its form is usable. */
const TARGET_BYTES = 250_000;
/** Only the WebRTC stack mentions it: present in a file means the media SDK is in that file. */
const SDK_MARKER = 'RTCPeerConnection';

/** One chunk of Vite's build manifest (`build.manifest`). */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** The production client, built as `npm run build` builds it, into a directory of our own. */
async function buildClient(ctx: BenchContext): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'intervision-bench-client-'));
  ctx.onCleanup(() => rmSync(outDir, { recursive: true, force: true }));
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawnTracked(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'],
    { cwd: join(repoRoot, 'client'), stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('exit', resolve);
    ctx.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
  });
  if (code !== 0) throw new Error(`vite build failed (${code}): ${stderr.slice(-500)}`);
  return outDir;
}

/**
 * Files the page loads before anything runs on demand: what index.html names (entry script,
 * module preloads, stylesheets) plus, from the manifest, the entry's static imports and their CSS,
 * transitively. Dynamic imports (the room, the camera preview) are what the split leaves out.
 */
function filesBeforeForm(outDir: string, manifest: Record<string, ManifestChunk>): Set<string> {
  const files = new Set<string>();
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  for (const m of html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)) files.add(m[1]!);
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return files;
}

const kB = (bytes: number) => Math.round(bytes / 100) / 10;

export const joinPageBytes: Benchmark = {
  name: 'join_page_bytes',
  timeoutMs: 3 * 60_000,
  async run(ctx): Promise<BenchResult[]> {
    const outDir = await buildClient(ctx);
    const manifest = JSON.parse(
      readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'),
    ) as Record<string, ManifestChunk>;
    const before = filesBeforeForm(outDir, manifest);
    const assets = readdirSync(join(outDir, 'assets'))
      .filter((f) => /\.(js|css)$/.test(f))
      .map((f) => `assets/${f}`);
    const size = (f: string) => statSync(join(outDir, f)).size;
    const gzipped = (f: string) => gzipSync(readFileSync(join(outDir, f))).length;
    const sum = (files: Iterable<string>, of: (f: string) => number) =>
      [...files].reduce((total, f) => total + of(f), 0);

    const bytes = sum(before, size);
    const totalBytes = sum(assets, size);
    const sdkBeforeForm = [...before].some((f) =>
      readFileSync(join(outDir, f), 'utf8').includes(SDK_MARKER),
    );
    const met = bytes <= TARGET_BYTES && !sdkBeforeForm;
    ctx.log(`${kB(bytes)} kB before the form of ${kB(totalBytes)} kB in all`);
    return [
      {
        name: 'join_page_bytes',
        samples: 1,
        p50: null,
        p99: null,
        max: kB(bytes),
        unit: 'kB',
        target: `≤ ${TARGET_BYTES / 1000} kB JS+CSS before the join form, no media SDK`,
        met,
        notes:
          `JS and CSS the join page (/s/<id>) loads before its form is usable, from a production ` +
          `build: index.html's scripts, preloads and stylesheets plus the entry's static imports ` +
          `(${[...before].sort().join(', ')}); ${kB(sum(before, gzipped))} kB gzipped. ` +
          `The whole bundle is ${kB(totalBytes)} kB (${kB(sum(assets, gzipped))} kB gzipped, ` +
          `E2EE worker included); the rest loads on demand, the room prefetched while the form ` +
          `is filled in. Media SDK before the form: ${sdkBeforeForm ? 'YES' : 'no'}.`,
        beforeFormFiles: Object.fromEntries([...before].sort().map((f) => [f, size(f)])),
        beforeFormGzipKB: kB(sum(before, gzipped)),
        totalKB: kB(totalBytes),
        totalGzipKB: kB(sum(assets, gzipped)),
        sdkBeforeForm,
      },
    ];
  },
};
