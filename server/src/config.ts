import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { BucketRate } from './http/tokenBucket.js';
import { DEFAULT_RETENTION, type SessionRetention } from './sessions/sessionSweeper.js';

/**
 * Request budgets. A real group pressing buttons, syncing clocks and (re)joining stays far below
 * them; a flood from one socket or address is answered `rate_limited` instead of starving others.
 */
export interface RateLimits {
  /** Per socket: every event it sends, commands and clock syncs alike. */
  socket: BucketRate;
  /** Per client address: `POST /api/sessions`, and `POST /api/groups` in a bucket of its own. */
  creates: BucketRate;
  /**
   * Per client address: `POST /api/sessions/:id/join` (`POST /api/sessions/:id/preview` has a
   * bucket of its own at the same rate), and (a bucket of their own) entering a group and joining
   * its meetings.
   */
  joins: BucketRate;
}

interface RateLimitSettings {
  socketPerSecond: number;
  socketBurst: number;
  createsPerHour: number;
  joinsPerMinute: number;
}

/** Budgets from the settings people write; creates and joins may burst their whole window. */
export function rateLimitsFrom(s: RateLimitSettings): RateLimits {
  return {
    socket: { capacity: s.socketBurst, refillPerSecond: s.socketPerSecond },
    creates: { capacity: s.createsPerHour, refillPerSecond: s.createsPerHour / 3600 },
    joins: { capacity: s.joinsPerMinute, refillPerSecond: s.joinsPerMinute / 60 },
  };
}

const RATE_LIMIT_DEFAULTS: RateLimitSettings = {
  socketPerSecond: 20,
  socketBurst: 100,
  createsPerHour: 60,
  joinsPerMinute: 60,
};

/** The defaults, also used when an app is built without configuration (tests). */
export const DEFAULT_RATE_LIMITS: RateLimits = rateLimitsFrom(RATE_LIMIT_DEFAULTS);

const optionalUrl = z.url().optional();

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('data'),
    // PostgreSQL instead of the SQLite file in DATA_DIR; nothing else is accepted, so a typo
    // (mysql://, a bare host) stops the node instead of quietly using SQLite.
    DATABASE_URL: z
      .string()
      .refine((v) => isPostgresUrl(v), {
        message: 'must be a postgres:// or postgresql:// URL with a host',
      })
      .optional(),
    PUBLIC_URL: optionalUrl,
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    LIVEKIT_URL: optionalUrl,
    LIVEKIT_PUBLIC_URL: optionalUrl,
    LIVEKIT_API_KEY: z.string().min(1).optional(),
    LIVEKIT_API_SECRET: z.string().min(32).optional(),
    LIVEKIT_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(120),
    CLIENT_DIST: z.string().min(1).optional(),
    // The airtime sidecar (tools/speaker-listener); `npm start` builds it into .tools/bin.
    // `off`: no airtime figures (what `npm start` sets where Go is missing to build it).
    SPEAKER_LISTENER_BIN: z
      .string()
      .min(1)
      .refine(
        (path) => path === 'off' || existsSync(path),
        'no such file (build it: cd tools/speaker-listener && go build, or set it to off)',
      )
      .optional(),
    // Set: this process is one node of a cluster sharing live state and session leases in Redis.
    REDIS_URL: z
      .url()
      .refine((u) => /^rediss?:\/\//.test(u), 'must start with redis:// or rediss://')
      .optional(),
    NODE_ID: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'letters, digits, _ . - only, at most 64')
      .optional(),
    // How long a session's owner may go silent before another node takes the session over.
    LEASE_TTL_MS: z.coerce.number().int().min(500).max(60_000).default(3_000),
    // Up to ten years: longer is "forever", which is what these settings exist to prevent.
    SESSION_LOBBY_TTL_HOURS: z.coerce
      .number()
      .positive()
      .max(87_600)
      .default(DEFAULT_RETENTION.lobbyTtlHours),
    SESSION_ENDED_PURGE_HOURS: z.coerce
      .number()
      .positive()
      .max(87_600)
      .default(DEFAULT_RETENTION.endedPurgeHours),
    // Up to a day ahead: a room opened earlier than that only waits empty.
    GROUP_MEETING_OPENS_MINUTES: z.coerce.number().int().min(0).max(1440).default(15),
    RATE_LIMIT_SOCKET_PER_SECOND: z.coerce
      .number()
      .positive()
      .max(100_000)
      .default(RATE_LIMIT_DEFAULTS.socketPerSecond),
    RATE_LIMIT_SOCKET_BURST: z.coerce
      .number()
      .int()
      .min(1)
      .max(100_000)
      .default(RATE_LIMIT_DEFAULTS.socketBurst),
    RATE_LIMIT_CREATES_PER_HOUR: z.coerce
      .number()
      .int()
      .min(1)
      .max(1_000_000)
      .default(RATE_LIMIT_DEFAULTS.createsPerHour),
    RATE_LIMIT_JOINS_PER_MINUTE: z.coerce
      .number()
      .int()
      .min(1)
      .max(1_000_000)
      .default(RATE_LIMIT_DEFAULTS.joinsPerMinute),
  })
  .superRefine((env, ctx) => {
    const lk = [env.LIVEKIT_URL, env.LIVEKIT_API_KEY, env.LIVEKIT_API_SECRET];
    if (lk.some(Boolean) && !lk.every(Boolean)) {
      ctx.addIssue({
        code: 'custom',
        path: ['LIVEKIT_URL'],
        message: 'set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET together, or none',
      });
    }
  });

export interface LivekitConfig {
  /** Where the server reaches LiveKit's API. */
  url: string;
  /** Where browsers connect (differs behind proxies); defaults to `url`. */
  publicUrl: string;
  apiKey: string;
  apiSecret: string;
  tokenTtlSeconds: number;
}

/** One node of a cluster: live state and session leases in Redis. */
export interface ClusterConfig {
  redisUrl: string;
  /** Unique per process; it is the value of every lease this node holds. */
  nodeId: string;
  /** A lease not renewed for this long lapses and another node takes the session. */
  leaseTtlMs: number;
}

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  /** The SQLite file, used when `databaseUrl` is absent. */
  databaseFile: string;
  /** PostgreSQL (`DATABASE_URL`); absent means SQLite in `dataDir`. */
  databaseUrl?: string;
  publicUrl: string;
  logLevel: string;
  livekit: LivekitConfig | null;
  clientDist: string;
  /** The speaker-listener binary the airtime source runs (one process per app server). */
  /** The airtime sidecar; null: airtime is off (`SPEAKER_LISTENER_BIN=off`). */
  speakerListenerBin: string | null;
  rateLimits: RateLimits;
  sessionRetention: SessionRetention;
  /** A scheduled group meeting's room opens this many minutes before its start. */
  groupMeetingOpensMinutes: number;
  /** Null for a single node (no `REDIS_URL`): everything stays in this process. */
  cluster: ClusterConfig | null;
}

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Where the database is, for logs: the SQLite file, or PostgreSQL's host and database only. */
export function describeDatabase(config: Pick<AppConfig, 'databaseFile' | 'databaseUrl'>): string {
  if (!config.databaseUrl) return config.databaseFile;
  const url = new URL(config.databaseUrl);
  return `postgresql://${url.host}${url.pathname}`;
}

/** Reads the environment once; lists every problem at once instead of failing one by one. */
export function loadConfig(env: NodeJS.ProcessEnv, repoRoot: string): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(repoRoot, e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseFile: resolve(dataDir, 'intervision.sqlite'),
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    logLevel: e.LOG_LEVEL,
    livekit:
      e.LIVEKIT_URL && e.LIVEKIT_API_KEY && e.LIVEKIT_API_SECRET
        ? {
            url: e.LIVEKIT_URL,
            publicUrl: e.LIVEKIT_PUBLIC_URL ?? e.LIVEKIT_URL,
            apiKey: e.LIVEKIT_API_KEY,
            apiSecret: e.LIVEKIT_API_SECRET,
            tokenTtlSeconds: e.LIVEKIT_TOKEN_TTL_SECONDS,
          }
        : null,
    clientDist: resolve(repoRoot, e.CLIENT_DIST ?? 'client/dist'),
    speakerListenerBin:
      e.SPEAKER_LISTENER_BIN === 'off'
        ? null
        : resolve(repoRoot, e.SPEAKER_LISTENER_BIN ?? '.tools/bin/speaker-listener'),
    rateLimits: rateLimitsFrom({
      socketPerSecond: e.RATE_LIMIT_SOCKET_PER_SECOND,
      socketBurst: e.RATE_LIMIT_SOCKET_BURST,
      createsPerHour: e.RATE_LIMIT_CREATES_PER_HOUR,
      joinsPerMinute: e.RATE_LIMIT_JOINS_PER_MINUTE,
    }),
    sessionRetention: {
      lobbyTtlHours: e.SESSION_LOBBY_TTL_HOURS,
      endedPurgeHours: e.SESSION_ENDED_PURGE_HOURS,
    },
    groupMeetingOpensMinutes: e.GROUP_MEETING_OPENS_MINUTES,
    cluster: e.REDIS_URL
      ? {
          redisUrl: e.REDIS_URL,
          // Random by default: two processes on one host must never share a lease owner's name.
          nodeId: e.NODE_ID ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`,
          leaseTtlMs: e.LEASE_TTL_MS,
        }
      : null,
  };
}
