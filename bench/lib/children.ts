import {
  fork,
  spawn,
  type ChildProcess,
  type ForkOptions,
  type SpawnOptions,
} from 'node:child_process';
import { repoRoot } from '@intervision/testkit';

const live = new Set<ChildProcess>();

function track(child: ChildProcess): ChildProcess {
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** Forks a TypeScript module (through tsx) with an IPC channel; killed when the runner exits. */
export function forkTs(
  modulePath: string,
  args: string[] = [],
  options: ForkOptions = {},
): ChildProcess {
  return track(
    fork(modulePath, args, {
      cwd: repoRoot,
      ...options,
      execArgv: ['--import', 'tsx', ...(options.execArgv ?? [])],
    }),
  );
}

export function spawnTracked(command: string, args: string[], options: SpawnOptions): ChildProcess {
  return track(spawn(command, args, options));
}

/** Adds a child started elsewhere (e.g. by the test harness) to the kill-on-exit set. */
export function adopt(child: ChildProcess): void {
  track(child);
}

/** SIGKILLs one child and waits for it to go. */
export async function killChild(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGKILL',
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  await gone;
}

/** Every child this runner started and that still runs (each by its own pid). */
export function killAllChildren(): void {
  for (const child of live) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

process.once('exit', killAllChildren);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAllChildren();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

/** Request/response over a child's IPC channel, matched by `id`. */
export class IpcPeer {
  private nextId = 1;
  private pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >();
  private readonly listeners = new Set<(msg: Record<string, unknown>) => void>();

  constructor(readonly child: ChildProcess) {
    child.on('message', (raw) => {
      const msg = raw as Record<string, unknown>;
      const id = typeof msg.replyTo === 'number' ? msg.replyTo : null;
      if (id !== null && this.pending.has(id)) {
        const p = this.pending.get(id)!;
        this.pending.delete(id);
        if (typeof msg.error === 'string') p.reject(new Error(msg.error));
        else p.resolve(msg);
        return;
      }
      for (const l of this.listeners) l(msg);
    });
    child.once('exit', (code, signal) => {
      for (const p of this.pending.values())
        p.reject(new Error(`child exited (${code ?? signal})`));
      this.pending.clear();
    });
  }

  request<T>(msg: Record<string, unknown>, timeoutMs: number): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no reply to ${String(msg.type)} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      if (!this.child.connected) {
        this.pending.delete(id);
        clearTimeout(timer);
        reject(new Error(`cannot send ${String(msg.type)}: child is gone`));
        return;
      }
      this.child.send({ ...msg, id }, (err) => {
        if (!err || !this.pending.has(id)) return;
        this.pending.delete(id);
        clearTimeout(timer);
        reject(err);
      });
    });
  }

  /** Resolves with the first unsolicited message passing `test`. */
  waitFor(test: (msg: Record<string, unknown>) => boolean, timeoutMs: number, what: string) {
    return new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`${what} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (msg: Record<string, unknown>) => {
        if (!test(msg)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(msg);
      };
      this.listeners.add(listener);
      this.child.once('exit', (code) => {
        clearTimeout(timer);
        this.listeners.delete(listener);
        reject(new Error(`${what}: child exited with ${code}`));
      });
    });
  }
}

/** Child side: answers requests from the parent, echoing `id` as `replyTo`. */
export function serveIpc(
  handler: (
    msg: Record<string, unknown>,
  ) => Promise<Record<string, unknown>> | Record<string, unknown>,
): void {
  process.on('message', (raw) => {
    const msg = raw as Record<string, unknown>;
    const id = msg.id;
    Promise.resolve()
      .then(() => handler(msg))
      .then(
        (reply) => process.send?.({ ...reply, replyTo: id }),
        (err: unknown) =>
          process.send?.({ replyTo: id, error: err instanceof Error ? err.message : String(err) }),
      );
  });
  // The parent went away (finished, crashed or timed out): do not linger.
  process.on('disconnect', () => process.exit(0));
}
