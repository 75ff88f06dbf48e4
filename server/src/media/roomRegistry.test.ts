import type { RoomServiceClient } from 'livekit-server-sdk';
import { describe, expect, test } from 'vitest';
import { createRoomRegistry } from './roomRegistry.js';

/** Records createRoom calls; `fail` makes the next ones reject like an unreachable LiveKit. */
function fakeRoomService() {
  const created: Array<{ name: string; emptyTimeout?: number; departureTimeout?: number }> = [];
  const state = { fail: false };
  const api = {
    createRoom: (o: { name: string; emptyTimeout?: number; departureTimeout?: number }) => {
      created.push(o);
      return state.fail ? Promise.reject(new Error('unreachable')) : Promise.resolve({});
    },
  } as unknown as RoomServiceClient;
  return { api, created, state };
}

describe('room registry', () => {
  const options = { emptyTimeoutSeconds: 180, departureTimeoutSeconds: 60, rememberMs: 10_000 };

  test('creates a room with its timeouts once for a burst of joins, and again once the memory is stale', async () => {
    let t = 0;
    const lk = fakeRoomService();
    const rooms = createRoomRegistry(lk.api, { ...options, now: () => t });
    await Promise.all([rooms.ensure('s1'), rooms.ensure('s1'), rooms.ensure('s1')]);
    expect(lk.created).toEqual([{ name: 's1', emptyTimeout: 180, departureTimeout: 60 }]);
    t += 9_999;
    await rooms.ensure('s1');
    expect(lk.created).toHaveLength(1);
    t += 1;
    await rooms.ensure('s1');
    expect(lk.created).toHaveLength(2);
  });

  test('a deleted room is created again for the next token, not taken from memory', async () => {
    const lk = fakeRoomService();
    const rooms = createRoomRegistry(lk.api, { ...options, now: () => 0 });
    await rooms.ensure('s1');
    await rooms.ensure('s2');
    rooms.forget('s1');
    await rooms.ensure('s1');
    await rooms.ensure('s2');
    expect(lk.created.map((c) => c.name)).toEqual(['s1', 's2', 's1']);
    rooms.forget();
    await rooms.ensure('s2');
    expect(lk.created.map((c) => c.name)).toEqual(['s1', 's2', 's1', 's2']);
  });

  test('a failed creation is reported and the next request tries again', async () => {
    const lk = fakeRoomService();
    const rooms = createRoomRegistry(lk.api, { ...options, now: () => 0 });
    lk.state.fail = true;
    await expect(rooms.ensure('s1')).rejects.toThrow('unreachable');
    lk.state.fail = false;
    await rooms.ensure('s1');
    expect(lk.created).toHaveLength(2);
  });
});
