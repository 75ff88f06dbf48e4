import { Room, version } from 'livekit-client';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { buildPublisherAhead, PUBLISHER_AHEAD_FOR } from './publisherAhead';

/** A stand-in for livekit-client's engine: records what was done to it, in order. */
function fakeRoom(overrides: Record<string, unknown> = {}) {
  const calls: string[] = [];
  const engine: Record<string, unknown> = {
    pcManager: undefined,
    signalOpts: undefined,
    configure: vi.fn(() => {
      calls.push(
        `configure e2ee=${String((engine.signalOpts as { e2eeEnabled?: boolean } | undefined)?.e2eeEnabled)}`,
      );
      engine.pcManager = { close: () => calls.push('close') };
      return Promise.resolve();
    }),
    applyInitialPublisherLayout: vi.fn(() => calls.push('layout')),
    ...overrides,
  };
  return { room: { engine } as unknown as Room, engine, calls };
}

describe('buildPublisherAhead', () => {
  beforeEach(() => {
    vi.stubGlobal('CompressionStream', class {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('builds the publisher connection for encoded-frame transforms, then its media sections', () => {
    const { room, engine, calls } = fakeRoom();
    expect(buildPublisherAhead(room, PUBLISHER_AHEAD_FOR)).toBe(true);
    expect(calls).toEqual(['configure e2ee=true', 'layout']);
    expect(engine.pcManager).toBeDefined();
  });

  test('another livekit-client release: connecting is left as the SDK does it', () => {
    const { room, calls } = fakeRoom();
    expect(buildPublisherAhead(room, '2.24.0')).toBe(false);
    expect(calls).toEqual([]);
  });

  test('where the SDK does not offer with the join (no CompressionStream), nothing is built', () => {
    vi.stubGlobal('CompressionStream', undefined);
    const { room, calls } = fakeRoom();
    expect(buildPublisherAhead(room, PUBLISHER_AHEAD_FOR)).toBe(false);
    expect(calls).toEqual([]);
  });

  test('an engine that already has its connection, or looks different, is not touched', () => {
    const built = fakeRoom({ pcManager: {} });
    expect(buildPublisherAhead(built.room, PUBLISHER_AHEAD_FOR)).toBe(false);
    expect(built.calls).toEqual([]);
    const renamed = fakeRoom({ applyInitialPublisherLayout: undefined });
    expect(buildPublisherAhead(renamed.room, PUBLISHER_AHEAD_FOR)).toBe(false);
    expect(renamed.calls).toEqual([]);
  });

  test('a failure half way is undone: the engine is as the SDK left it, the connection closed', () => {
    const { room, engine, calls } = fakeRoom({
      signalOpts: { autoSubscribe: true },
      applyInitialPublisherLayout: () => {
        throw new Error('boom');
      },
    });
    expect(buildPublisherAhead(room, PUBLISHER_AHEAD_FOR)).toBe(false);
    expect(engine.pcManager).toBeUndefined();
    expect(engine.signalOpts).toEqual({ autoSubscribe: true });
    expect(calls).toEqual(['configure e2ee=true', 'close']);
  });

  test('a connection whose closing is refused is let go without an unhandled rejection', async () => {
    const { room, engine } = fakeRoom({
      configure: () => {
        engine.pcManager = { close: () => Promise.reject(new Error('closing refused')) };
        return Promise.resolve();
      },
      applyInitialPublisherLayout: () => {
        throw new Error('boom');
      },
    });
    expect(buildPublisherAhead(room, PUBLISHER_AHEAD_FOR)).toBe(false);
    expect(engine.pcManager).toBeUndefined();
    // Let the refused close settle: vitest fails the run on a rejection nobody handled.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  test('the real Room of the installed release has the engine this reaches into', () => {
    // Fails on a livekit-client upgrade on purpose: read RTCEngine.join again, then move the pin.
    expect(version).toBe(PUBLISHER_AHEAD_FOR);
    const engine = (new Room() as unknown as { engine: Record<string, unknown> }).engine;
    expect(engine.pcManager).toBeUndefined();
    expect(typeof engine.configure).toBe('function');
    expect(typeof engine.applyInitialPublisherLayout).toBe('function');
  });
});
