import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Logger } from 'pino';
import { commandLine, parseListenerLine, type ListenerCommand } from './listenerProtocol.js';
import type { ListenerDetails, ListenerHandlers, RoomListener } from './roomListener.js';

export interface SpeakerListenerProcessOptions {
  /** The speaker-listener binary (`SPEAKER_LISTENER_BIN`, built into .tools/bin by default). */
  bin: string;
  logger: Logger;
  /** Delays before starting it again after it died: doubling from the first up to the max. */
  restart?: { firstDelayMs: number; maxDelayMs: number };
}

const DEFAULT_RESTART = { firstDelayMs: 500, maxDelayMs: 30_000 };
/** A process that lived this long was healthy: the next restart is quick again. */
const HEALTHY_MS = 60_000;
/** How long a closing process may take to leave its rooms before it is killed. */
const EXIT_GRACE_MS = 5_000;

interface Running {
  child: ChildProcessWithoutNullStreams;
  ready: boolean;
  startedAt: number;
}

/**
 * The one speaker-listener process of this app server, holding every session's hidden listener.
 * It is started at the first `open` and started again (with growing delays) when it dies; every
 * listener it held is then reported `left`, and its owner opens it again with fresh details. A
 * process that cannot start, or prints nonsense, is logged and never takes the app down.
 */
export class SpeakerListenerProcess {
  private running: Running | null = null;
  private readonly listeners = new Map<string, ListenerHandlers>();
  /** Commands waiting for a process that is starting, or waiting for its restart delay. */
  private queued: ListenerCommand[] = [];
  private nextKey = 0;
  private failures = 0;
  private restartAt = 0;
  private restartTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly restart: { firstDelayMs: number; maxDelayMs: number };

  constructor(private readonly opts: SpeakerListenerProcessOptions) {
    this.restart = opts.restart ?? DEFAULT_RESTART;
  }

  /** The running process's id, if any (for measurements). */
  get pid(): number | undefined {
    return this.running?.child.pid;
  }

  /** Joins a room; `key` tells the process's listeners apart (a session id, unique per open). */
  open(
    sessionId: string,
    details: ListenerDetails,
    targets: readonly string[],
    handlers: ListenerHandlers,
  ): RoomListener {
    // A key of its own for every open: late events of a listener already closed find nothing.
    const key = `${sessionId}#${++this.nextKey}`;
    if (this.closed) {
      queueMicrotask(() => handlers.left('the airtime listener process is closed'));
      return { setTargets: () => {}, close: () => {} };
    }
    this.listeners.set(key, handlers);
    this.send({ op: 'join', key, url: details.url, token: details.token, targets: [...targets] });
    return {
      setTargets: (next) => {
        if (this.listeners.has(key)) this.send({ op: 'targets', key, targets: [...next] });
      },
      close: () => {
        if (!this.listeners.delete(key)) return;
        // Never sent yet: forget it instead of starting a process only to leave.
        const before = this.queued.length;
        this.queued = this.queued.filter((c) => c.key !== key);
        if (this.queued.length === before) this.send({ op: 'leave', key });
      },
    };
  }

  /** Closes stdin (the process leaves every room and exits), killing it if it takes too long. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.listeners.clear();
    const running = this.running;
    this.running = null;
    if (!running || running.child.exitCode !== null || running.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.child.once('exit', () => resolve()));
    running.child.stdin.end();
    const timer = setTimeout(() => running.child.kill('SIGKILL'), EXIT_GRACE_MS);
    await exited;
    clearTimeout(timer);
  }

  private send(command: ListenerCommand): void {
    const running = this.running ?? this.startWhenAllowed();
    if (running?.ready) running.child.stdin.write(commandLine(command));
    else this.queued.push(command);
  }

  /** Starts the process now, or once the delay after its last death has passed. */
  private startWhenAllowed(): Running | null {
    if (this.closed) return null;
    const wait = this.restartAt - Date.now();
    if (wait <= 0 && !this.restartTimer) return this.start();
    this.restartTimer ??= setTimeout(() => {
      this.restartTimer = null;
      if (!this.running && !this.closed && this.queued.length > 0) this.start();
    }, wait);
    this.restartTimer.unref();
    return null;
  }

  private start(): Running {
    const { logger } = this.opts;
    const child = spawn(this.opts.bin, [], { stdio: ['pipe', 'pipe', 'pipe'] });
    const running: Running = { child, ready: false, startedAt: Date.now() };
    this.running = running;
    // A write to a process that just died fails here instead of crashing the app.
    child.stdin.on('error', (err) => logger.debug({ err }, 'airtime listener stdin closed'));
    createInterface({ input: child.stdout }).on('line', (line) => this.onLine(running, line));
    createInterface({ input: child.stderr }).on('line', (line) =>
      // Its own lines are prefixed; the rest is the WebRTC stack's chatter.
      line.startsWith('[speaker-listener]')
        ? logger.warn({ line }, 'airtime listener process')
        : logger.debug({ line }, 'airtime listener process'),
    );
    child.once('error', (err) => {
      logger.error({ err, bin: this.opts.bin }, 'airtime listener process could not start');
      this.onExit(running);
    });
    child.once('exit', (code, signal) => {
      if (this.running === running)
        logger.warn({ code, signal }, 'airtime listener process died; starting it again');
      this.onExit(running);
    });
    return running;
  }

  private onLine(running: Running, line: string): void {
    const parsed = parseListenerLine(line);
    if (!parsed.ok) {
      this.opts.logger.warn(
        { line: line.slice(0, 200), error: parsed.error },
        'airtime listener process printed a line that is no event',
      );
      return;
    }
    const event = parsed.event;
    this.opts.logger.debug({ event }, 'airtime listener event');
    if (event.ev === 'ready') {
      if (this.running !== running) return;
      running.ready = true;
      for (const command of this.queued.splice(0)) running.child.stdin.write(commandLine(command));
      return;
    }
    const handlers = this.listeners.get(event.key);
    if (!handlers) return; // closed by its owner meanwhile
    if (event.ev === 'joined') handlers.joined();
    else if (event.ev === 'speaking') handlers.speaking(event.identity, event.speaking);
    else {
      this.listeners.delete(event.key);
      handlers.left(event.error ?? 'left the room');
    }
  }

  private onExit(running: Running): void {
    if (this.running !== running) return;
    this.running = null;
    if (this.closed) return;
    this.failures = Date.now() - running.startedAt >= HEALTHY_MS ? 1 : this.failures + 1;
    const delay = Math.min(
      this.restart.maxDelayMs,
      this.restart.firstDelayMs * 2 ** (this.failures - 1),
    );
    this.restartAt = Date.now() + delay;
    // Every listener is gone; their owners open them again, which starts the process again once
    // the delay has passed.
    this.queued = [];
    const all = [...this.listeners.values()];
    this.listeners.clear();
    for (const handlers of all) handlers.left('the airtime listener process died');
  }
}
