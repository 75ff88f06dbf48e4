import { EventEmitter } from 'node:events';
import { waitForEvent } from './waitFor.js';

/**
 * Keeps everything a test observes (webhook reports, log lines…) so it can wait for one that has
 * arrived already or is still to come, without sleeping.
 */
export class Recorder<T> {
  readonly items: T[] = [];
  private readonly arrivals = new EventEmitter();

  record(item: T): void {
    this.items.push(item);
    this.arrivals.emit('item', item);
  }

  /** The first recorded item passing `match`, or the next one to arrive within `timeoutMs`. */
  async waitFor(
    match: (item: T) => boolean,
    timeoutMs = 10_000,
    what = 'a matching item',
  ): Promise<T> {
    const seen = this.items.find(match);
    if (seen !== undefined) return seen;
    const [item] = await waitForEvent<[T]>(this.arrivals, 'item', match, timeoutMs, what);
    return item;
  }
}
