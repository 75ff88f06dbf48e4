import { pino, type Logger } from 'pino';

/** Structured JSON logs; callers add `sessionId` with `logger.child` so every line carries it. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'intervision' } });
}
