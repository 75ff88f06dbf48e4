import { version, type Room } from 'livekit-client';

/**
 * The livekit-client release whose connect this was read from. Another release leaves connecting
 * as the SDK does it (publisherAhead.test.ts fails on an upgrade, so this is looked at again).
 */
export const PUBLISHER_AHEAD_FOR = '2.23.0';

/** The parts of livekit-client's engine this reaches into: private there, checked before use. */
interface EngineInternals {
  pcManager?: unknown;
  signalOpts?: object;
  configure?: () => Promise<void>;
  applyInitialPublisherLayout?: () => void;
}

/**
 * Builds, before connecting, the peer connection livekit-client builds at the start of every
 * connect: `RTCEngine.join` makes the publisher connection (its data channels and receive-only
 * media sections) before it offers with the join, and skips that when one is already there.
 * Doing it while the join form shows takes that work off the path from Enter to the first picture
 * (about 40 ms there, measured side by side: docs/join-speed.md). Only where the SDK itself takes
 * that path (offer with the join: not Firefox, CompressionStream present); there, for another
 * release, or when the engine does not look as expected, nothing is done and connecting builds it
 * as usual. Nothing goes over the network: ICE starts only with the offer, at connect.
 *
 * Encryption must already be on: the connection is made for encoded-frame transforms only when the
 * engine's signal options say so; `join` replaces them with its own before it signals.
 */
export function buildPublisherAhead(room: Room, sdkVersion: string = version): boolean {
  const engine = (room as unknown as { engine?: EngineInternals }).engine;
  const offersWithJoin =
    typeof CompressionStream !== 'undefined' && !/firefox/i.test(navigator.userAgent);
  if (
    sdkVersion !== PUBLISHER_AHEAD_FOR ||
    !offersWithJoin ||
    !engine ||
    engine.pcManager !== undefined ||
    typeof engine.configure !== 'function' ||
    typeof engine.applyInitialPublisherLayout !== 'function'
  )
    return false;
  const signalOpts = engine.signalOpts;
  try {
    engine.signalOpts = { ...signalOpts, e2eeEnabled: true };
    // Synchronous in this release (no await inside): the connection exists when it returns.
    void engine.configure().catch(() => undefined);
    if (engine.pcManager === undefined) throw new Error('no publisher connection was made');
    engine.applyInitialPublisherLayout();
    return true;
  } catch {
    // Back to how the SDK left it: connecting then builds its own connection.
    const made = engine.pcManager as { close?: () => unknown } | undefined;
    engine.pcManager = undefined;
    engine.signalOpts = signalOpts;
    // Closing is asynchronous: a refusal, thrown or rejected, leaves it to the garbage collector.
    try {
      void Promise.resolve(made?.close?.()).catch(() => undefined);
    } catch {
      // thrown before it returned a promise: the same
    }
    return false;
  }
}
