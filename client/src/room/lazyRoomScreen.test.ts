import { describe, expect, test } from 'vitest';
import { loadedRoomWarmUp, loadRoomWarmUp } from './lazyRoomScreen';

describe('lazyRoomScreen', () => {
  test('the room warm-up can be called in the same task once its module has loaded', async () => {
    expect(loadedRoomWarmUp()).toBeNull();
    const loaded = await loadRoomWarmUp();
    expect(loadedRoomWarmUp()).toBe(loaded);
    expect(typeof loadedRoomWarmUp()?.connectWarmRoom).toBe('function');
  });
});
