// Starts a private livekit-server on loopback with a generated config and our own keys.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureLivekit } from './ensureLivekit.js';
import { freeTcpPort, freeUdpRange } from './freePorts.js';
import { watchParent } from './watchParent.js';

export interface StartLivekitOptions {
  /** Signal (HTTP/WebSocket) port; a free one when omitted. */
  port?: number;
  /** Where LiveKit posts its signed webhooks. */
  webhookUrl?: string;
  /** API key and secret; generated when omitted (the secret is random, 43 characters). */
  keys?: { apiKey: string; apiSecret: string };
  /** Also write LiveKit's output to `<logDir>/livekit-<port>.log`. */
  logDir?: string;
  /** How many UDP ports for ICE; 40 by default (a handful of participants). */
  udpPorts?: number;
  /** How long to wait for it to answer; 30 s by default. */
  readyTimeoutMs?: number;
}

export interface RunningLivekit {
  /** ws://127.0.0.1:<port>, for clients and for the server SDK alike. */
  url: string;
  port: number;
  apiKey: string;
  apiSecret: string;
  /** SIGTERM, then SIGKILL when it has not exited after a few seconds. */
  stop(): Promise<void>;
}

/** Enough ICE ports for a handful of participants with two peer connections each. */
const UDP_PORTS = 40;
const STOP_GRACE_MS = 5_000;

/**
 * Runs livekit-server v1.13.5 in `--dev` mode bound to 127.0.0.1 with `node_ip` 127.0.0.1 and only
 * loopback ICE candidates. `--dev` keeps explicitly configured keys (it only adds `devkey` when no
 * keys are set), so the keys returned here are the ones LiveKit accepts.
 */
export async function startLivekit(options: StartLivekitOptions = {}): Promise<RunningLivekit> {
  const bin = ensureLivekit();
  const port = options.port ?? (await freeTcpPort());
  let tcpPort = await freeTcpPort();
  // A caller-chosen signal port is not among those handed out; LiveKit exits if the two are one.
  if (tcpPort === port) tcpPort = await freeTcpPort();
  const udp = await freeUdpRange(options.udpPorts ?? UDP_PORTS);
  const apiKey = options.keys?.apiKey ?? `intervision-${randomBytes(4).toString('hex')}`;
  const apiSecret = options.keys?.apiSecret ?? randomBytes(32).toString('base64url');

  const config = {
    port,
    bind_addresses: ['127.0.0.1'],
    rtc: {
      tcp_port: tcpPort,
      port_range_start: udp.start,
      port_range_end: udp.end,
      node_ip: '127.0.0.1',
      use_external_ip: false,
      // Only loopback candidates: nothing a test or a local run starts talks beyond this machine.
      enable_loopback_candidate: true,
      ips: { includes: ['127.0.0.1/32'] },
    },
    keys: { [apiKey]: apiSecret },
    ...(options.webhookUrl ? { webhook: { api_key: apiKey, urls: [options.webhookUrl] } } : {}),
    // Rooms exist only because our server created them: a token for a deleted session's room
    // must not bring it back.
    room: { auto_create: false },
    logging: { level: 'warn' },
  };
  const dir = mkdtempSync(join(tmpdir(), 'intervision-livekit-'));
  const configFile = join(dir, 'livekit.yaml');
  // JSON is valid YAML, and it needs no escaping rules of its own.
  writeFileSync(configFile, JSON.stringify(config, null, 2), { mode: 0o600 });

  const child = spawn(bin, ['--dev', '--config', configFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collectOutput(
    child,
    options.logDir ? join(options.logDir, `livekit-${port}.log`) : null,
  );
  const unwatch = watchParent(child, dir);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const cleanup = () => {
    unwatch();
    rmSync(dir, { recursive: true, force: true });
  };
  void exited.then(cleanup);

  const url = `ws://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(`http://127.0.0.1:${port}/`, child, options.readyTimeoutMs ?? 30_000);
    // What answered was another server if this one has gone meanwhile.
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`livekit-server exited as port ${port} answered (code ${child.exitCode})`);
  } catch (err) {
    child.kill('SIGKILL');
    await exited;
    throw new Error(
      `${(err as Error).message}\n--- livekit-server output (tail) ---\n${output.tail()}`,
      {
        cause: err,
      },
    );
  }

  let stopping = false;
  // A LiveKit that dies on its own (a port taken after all) would otherwise only show as "down"
  // somewhere else, with nothing saying why: say it where the run's output is read.
  child.once('exit', (code, signal) => {
    if (stopping) return;
    process.stderr.write(
      `livekit-server on port ${port} exited unasked (code ${code}, signal ${signal})\n` +
        `--- livekit-server output (tail) ---\n${output.tail()}\n`,
    );
  });
  const stop = async (): Promise<void> => {
    stopping = true;
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };
  return { url, port, apiKey, apiSecret, stop };
}

function collectOutput(child: ChildProcess, logFile: string | null): { tail(): string } {
  const lines: string[] = [];
  let log: ReturnType<typeof createWriteStream> | null = null;
  if (logFile) {
    mkdirSync(join(logFile, '..'), { recursive: true });
    log = createWriteStream(logFile, { flags: 'a' });
    child.once('exit', () => log?.end());
  }
  const onData = (chunk: Buffer) => {
    log?.write(chunk);
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 60) lines.splice(0, lines.length - 60);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  return { tail: () => lines.join('\n') };
}

/** Polls the signal port's health route until it answers, the process dies, or time runs out. */
async function waitUntilAnswering(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let spawnError: Error | null = null;
  child.once('error', (err) => (spawnError = err));
  while (Date.now() < deadline) {
    if (spawnError)
      throw new Error(`livekit-server could not be started: ${(spawnError as Error).message}`);
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `livekit-server exited early (code ${child.exitCode}, signal ${child.signalCode})`,
      );
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      // LiveKit answers a bare "OK" here. Anything else is another server that took the port
      // first (this LiveKit will exit on the bind error), and must not pass for it.
      if (res.ok && (await res.text()).trim() === 'OK') return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`livekit-server did not answer on ${url} within ${timeoutMs} ms`);
}
