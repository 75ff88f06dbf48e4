import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@intervision/testkit';
import { spawnTracked } from '../lib/children.js';
import type { BenchContext } from '../lib/types.js';

/**
 * The production client built as `npm run build` builds it (`vite build`), into a directory of
 * our own that the server then serves (`CLIENT_DIST`): what is measured is the code of this
 * checkout, not whatever an earlier build left in client/dist.
 */
export async function buildClient(ctx: BenchContext): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'intervision-bench-webclient-'));
  ctx.onCleanup(() => rmSync(outDir, { recursive: true, force: true }));
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawnTracked(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
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
