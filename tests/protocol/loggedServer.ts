import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { AppOptions } from '@intervision/server/app';
import { startInProcessServer, type RunningServer } from '@intervision/testkit';

export interface LogLine {
  level: number;
  msg?: string;
  [key: string]: unknown;
}

/**
 * pino's number for `warn`: a bad request says nothing about the server, so it is logged at debug
 * or info at most; anything at or above this level means the server thinks something went wrong.
 */
export const WARN_LEVEL = 40;

/**
 * The real in-process server, with every log line it writes kept for the test to inspect, so a
 * test can prove a bad request was not treated as a server failure.
 */
export async function startLoggedServer(
  options: Omit<AppOptions, 'publicUrl' | 'clientDist'> & { publicUrl?: string } = {},
): Promise<{ server: RunningServer; logs: LogLine[] }> {
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n'))
        if (line.trim()) logs.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const logger = pino({ level: 'debug' }, sink);
  const server = await startInProcessServer(undefined, { ...options, logger });
  return { server, logs };
}
