import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { SnapshotWriter, type SnapshotWrite } from './snapshotWriter.js';

const logger = pino({ level: 'silent' });
const write = (n: number): SnapshotWrite => ({ status: 'running', snapshot: { n } });

/** A save the test resolves or rejects by hand, one call at a time. */
function manualSave() {
  const calls: Array<{ n: number; resolve: (ok: boolean) => void; reject: (e: Error) => void }> =
    [];
  const save = (w: SnapshotWrite) =>
    new Promise<boolean>((resolve, reject) => {
      calls.push({ n: (w.snapshot as { n: number }).n, resolve, reject });
    });
  return { calls, save };
}

const flush = () => new Promise<void>((r) => setImmediate(r));

describe('the snapshot writer', () => {
  it('stores one snapshot at a time and tells listeners only about what is stored', async () => {
    const { calls, save } = manualSave();
    const told: number[] = [];
    let latest = 0;
    const writer = new SnapshotWriter({
      save,
      stored: () => void told.push(latest),
      fenced: () => undefined,
      logger,
    });
    latest = 1;
    writer.push(write(1));
    latest = 2;
    writer.push(write(2)); // arrives while 1 is in flight
    latest = 3;
    writer.push(write(3));
    await flush();
    expect(calls.map((c) => c.n)).toEqual([1]);
    calls[0]?.resolve(true);
    await flush();
    // 1 is stored but the machine is already at 3: nobody hears about a state not yet stored.
    expect(told).toEqual([]);
    expect(calls.map((c) => c.n)).toEqual([1, 3]);
    calls[1]?.resolve(true);
    await writer.settled();
    expect(told).toEqual([3]);
  });

  it('retries a failed write with the newest snapshot until it is stored', async () => {
    const { calls, save } = manualSave();
    const waits: number[] = [];
    let told = 0;
    const writer = new SnapshotWriter({
      save,
      stored: () => void told++,
      fenced: () => undefined,
      logger,
      wait: (ms) => {
        waits.push(ms);
        return flush();
      },
    });
    writer.push(write(1));
    await flush();
    calls[0]?.reject(new Error('connection refused'));
    writer.push(write(2));
    await flush();
    await flush();
    expect(calls.map((c) => c.n)).toEqual([1, 2]);
    calls[1]?.reject(new Error('connection refused'));
    await flush();
    await flush();
    calls[2]?.resolve(true);
    await writer.settled();
    expect(calls.map((c) => c.n)).toEqual([1, 2, 2]);
    expect(waits).toEqual([100, 250]);
    expect(told).toBe(1);
  });

  it('stops for good when the store’s fence refuses a write', async () => {
    const { calls, save } = manualSave();
    let fenced = 0;
    let told = 0;
    const writer = new SnapshotWriter({
      save,
      stored: () => void told++,
      fenced: () => void fenced++,
      logger,
    });
    writer.push(write(1));
    await flush();
    calls[0]?.resolve(false);
    await writer.settled();
    writer.push(write(2));
    await writer.settled();
    expect({ fenced, told, saves: calls.length }).toEqual({ fenced: 1, told: 0, saves: 1 });
  });
});
