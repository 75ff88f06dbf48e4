import { EventEmitter } from 'node:events';
import { renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, test, vi } from 'vitest';

/** The part of a Socket.IO client socket useSession touches, with its opening recorded. */
class FakeSocket extends EventEmitter {
  active = false;
  connected = false;
  connect = vi.fn(() => {
    this.active = true;
    return this;
  });
  disconnect = vi.fn(() => {
    this.active = false;
    this.connected = false;
    return this;
  });
}

const made: Array<{ socket: FakeSocket; options: { autoConnect?: boolean } }> = [];
vi.mock('socket.io-client', () => ({
  io: (options: { autoConnect?: boolean }) => {
    const socket = new FakeSocket();
    if (options.autoConnect !== false) socket.active = true;
    made.push({ socket, options });
    return socket;
  },
}));

const { useSession } = await import('./useSession');

describe('useSession holding its socket', () => {
  beforeEach(() => {
    made.length = 0;
  });

  test('without a hold the socket opens by itself, as it always did', () => {
    renderHook(() => useSession('cred', null));
    expect(made).toHaveLength(1);
    expect(made[0]!.options.autoConnect).toBe(true);
    expect(made[0]!.socket.connect).not.toHaveBeenCalled();
  });

  test('a held socket is made closed and opened once, when the hold ends', () => {
    const hook = renderHook(({ hold }) => useSession('cred', null, hold), {
      initialProps: { hold: true },
    });
    const { socket, options } = made[0]!;
    expect(options.autoConnect).toBe(false);
    expect(socket.connect).not.toHaveBeenCalled();
    expect(hook.result.current.link).toBe('connecting');

    hook.rerender({ hold: false });
    expect(socket.connect).toHaveBeenCalledTimes(1);
    hook.rerender({ hold: false });
    expect(socket.connect).toHaveBeenCalledTimes(1);
    expect(made).toHaveLength(1); // the same socket, not a new one
  });

  test('leaving while held closes the socket without ever opening it', () => {
    const hook = renderHook(() => useSession('cred', null, true));
    const { socket } = made[0]!;
    hook.unmount();
    expect(socket.disconnect).toHaveBeenCalled();
    expect(socket.connect).not.toHaveBeenCalled();
  });
});
