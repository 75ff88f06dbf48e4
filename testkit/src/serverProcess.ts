import { spawn, type ChildProcess } from 'node:child_process';
import { repoRoot } from '@intervision/scripts/repoRoot';
import { freePort } from './ports.js';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** SIGKILL: no shutdown hooks run, as in a crash. */
  kill(): Promise<void>;
  /** Everything it printed so far (its log lines). */
  output(): string;
  stop(): Promise<void>;
}

/** The real server (`server/src/index.ts`) as a child process, ready once its health route answers. */
export async function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<ServerProcess> {
  const port = env.PORT ?? String(await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: 'info', HOST: '127.0.0.1', ...env, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exitedEarly = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`))),
  );
  exitedEarly.catch(() => undefined);
  // Ready when it answers its health route, whatever its log level.
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await Promise.race([
      fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      ),
      exitedEarly,
    ]);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    url,
    output: () => output,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
