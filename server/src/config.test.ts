import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS, describeDatabase, loadConfig } from './config.js';

describe('loadConfig rate limits', () => {
  it('uses the defaults when nothing is set', () => {
    expect(loadConfig({}, '/repo').rateLimits).toEqual(DEFAULT_RATE_LIMITS);
  });

  it('turns the settings into budgets', () => {
    const limits = loadConfig(
      {
        RATE_LIMIT_SOCKET_PER_SECOND: '50',
        RATE_LIMIT_SOCKET_BURST: '200',
        RATE_LIMIT_CREATES_PER_HOUR: '7200',
        RATE_LIMIT_JOINS_PER_MINUTE: '30',
      },
      '/repo',
    ).rateLimits;
    expect(limits).toEqual({
      socket: { capacity: 200, refillPerSecond: 50 },
      creates: { capacity: 7200, refillPerSecond: 2 },
      joins: { capacity: 30, refillPerSecond: 0.5 },
    });
  });

  it('lists every invalid limit at once', () => {
    expect(() =>
      loadConfig(
        {
          RATE_LIMIT_SOCKET_PER_SECOND: '0',
          RATE_LIMIT_SOCKET_BURST: '1.5',
          RATE_LIMIT_CREATES_PER_HOUR: 'many',
          RATE_LIMIT_JOINS_PER_MINUTE: '-1',
        },
        '/repo',
      ),
    ).toThrow(
      /RATE_LIMIT_SOCKET_PER_SECOND[\s\S]*RATE_LIMIT_SOCKET_BURST[\s\S]*RATE_LIMIT_CREATES_PER_HOUR[\s\S]*RATE_LIMIT_JOINS_PER_MINUTE/,
    );
  });
});

describe('loadConfig session retention', () => {
  it('keeps lobbies 7 days and ended sessions 24 hours unless told otherwise', () => {
    expect(loadConfig({}, '/repo').sessionRetention).toEqual({
      lobbyTtlHours: 168,
      endedPurgeHours: 24,
    });
    expect(
      loadConfig({ SESSION_LOBBY_TTL_HOURS: '48', SESSION_ENDED_PURGE_HOURS: '0.5' }, '/repo')
        .sessionRetention,
    ).toEqual({ lobbyTtlHours: 48, endedPurgeHours: 0.5 });
  });

  it('refuses zero, negative and unreadable retention, listing both', () => {
    expect(() =>
      loadConfig({ SESSION_LOBBY_TTL_HOURS: '0', SESSION_ENDED_PURGE_HOURS: 'soon' }, '/repo'),
    ).toThrow(/SESSION_LOBBY_TTL_HOURS[\s\S]*SESSION_ENDED_PURGE_HOURS/);
  });
});

describe('loadConfig group meetings', () => {
  it('opens a scheduled meeting 15 minutes before its start unless told otherwise', () => {
    expect(loadConfig({}, '/repo').groupMeetingOpensMinutes).toBe(15);
    expect(
      loadConfig({ GROUP_MEETING_OPENS_MINUTES: '30' }, '/repo').groupMeetingOpensMinutes,
    ).toBe(30);
  });

  it('refuses a negative, fractional or day-long opening time', () => {
    for (const value of ['-1', '2.5', '1441', 'early']) {
      expect(() => loadConfig({ GROUP_MEETING_OPENS_MINUTES: value }, '/repo'), value).toThrow(
        /GROUP_MEETING_OPENS_MINUTES/,
      );
    }
  });
});

describe('loadConfig database', () => {
  it('keeps the SQLite file in DATA_DIR when DATABASE_URL is absent', () => {
    const config = loadConfig({ DATA_DIR: 'var' }, '/repo');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.databaseFile).toBe('/repo/var/intervision.sqlite');
    expect(describeDatabase(config)).toBe('/repo/var/intervision.sqlite');
  });

  it('takes a postgres:// or postgresql:// URL, and describes it without the password', () => {
    for (const scheme of ['postgres', 'postgresql']) {
      const url = `${scheme}://app:s3cret@db.internal:5432/intervision`;
      const config = loadConfig({ DATABASE_URL: url }, '/repo');
      expect(config.databaseUrl).toBe(url);
      expect(describeDatabase(config)).toBe('postgresql://db.internal:5432/intervision');
    }
  });

  it('refuses any other DATABASE_URL', () => {
    for (const url of ['mysql://db/intervision', 'db.internal:5432', 'postgres://', '']) {
      expect(() => loadConfig({ DATABASE_URL: url }, '/repo')).toThrow(
        /DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL with a host/,
      );
    }
  });
});

describe('loadConfig cluster settings', () => {
  it('runs a single node when REDIS_URL is not set', () => {
    expect(loadConfig({}, '/repo').cluster).toBeNull();
  });

  it('makes a cluster node from REDIS_URL, NODE_ID and LEASE_TTL_MS', () => {
    const env = { REDIS_URL: 'redis://127.0.0.1:6379', NODE_ID: 'app-1', LEASE_TTL_MS: '2000' };
    expect(loadConfig(env, '/repo').cluster).toEqual({
      redisUrl: 'redis://127.0.0.1:6379',
      nodeId: 'app-1',
      leaseTtlMs: 2000,
    });
  });

  it('gives every process its own node id by default', () => {
    const a = loadConfig({ REDIS_URL: 'redis://r:6379' }, '/repo').cluster;
    const b = loadConfig({ REDIS_URL: 'redis://r:6379' }, '/repo').cluster;
    expect(a?.nodeId).not.toBe(b?.nodeId);
    expect(a?.leaseTtlMs).toBe(3000);
  });

  it('lists a wrong Redis URL, node id and lease TTL at once', () => {
    expect(() =>
      loadConfig({ REDIS_URL: 'http://r:6379', NODE_ID: 'a b', LEASE_TTL_MS: '10' }, '/repo'),
    ).toThrow(/REDIS_URL[\s\S]*NODE_ID[\s\S]*LEASE_TTL_MS/);
  });
});

describe('loadConfig speaker listener', () => {
  it('runs the sidecar built into .tools/bin of the checkout by default', () => {
    expect(loadConfig({}, '/repo').speakerListenerBin).toBe('/repo/.tools/bin/speaker-listener');
  });

  it('takes SPEAKER_LISTENER_BIN when it names a file', () => {
    const bin = process.execPath; // any file that exists
    expect(loadConfig({ SPEAKER_LISTENER_BIN: bin }, '/repo').speakerListenerBin).toBe(bin);
  });

  it('turns airtime off with SPEAKER_LISTENER_BIN=off', () => {
    expect(loadConfig({ SPEAKER_LISTENER_BIN: 'off' }, '/repo').speakerListenerBin).toBeNull();
  });

  it('refuses a SPEAKER_LISTENER_BIN that does not exist', () => {
    expect(() =>
      loadConfig({ SPEAKER_LISTENER_BIN: '/nowhere/speaker-listener' }, '/repo'),
    ).toThrow(/SPEAKER_LISTENER_BIN: no such file/);
  });
});
