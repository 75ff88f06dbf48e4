import type { Logger } from 'pino';
import type { MediaGateway } from '../media/index.js';
import type { LiveSession } from '../sessions/liveSession.js';
import type { SessionRegistry } from '../sessions/sessionRegistry.js';
import type { Airtime } from './airtimeMeter.js';
import { airtimeListenerIdentity } from './airtimeIdentity.js';
import { defaultSpeakerListenerBin } from './defaultSpeakerListenerBin.js';
import type { OpenListener } from './roomListener.js';
import { SessionAirtime } from './sessionAirtime.js';
import { SpeakerListenerProcess } from './speakerListenerProcess.js';

export interface AirtimeServiceDeps {
  registry: SessionRegistry;
  media: MediaGateway;
  logger: Logger;
  now: () => number;
  /** A session's figures for its chairs. */
  emit: (sessionId: string, report: Record<string, Airtime>) => void;
  /** How often every session is looked at again (listeners that failed are retried); 5 s. */
  sweepEveryMs?: number;
  /**
   * The speaker-listener binary; `.tools/bin/speaker-listener` of this checkout unless given.
   * null: airtime is off (no Go to build it), as without a media server.
   */
  listenerBin?: string | null;
  /** Test seam: the hidden listeners; one speaker-listener process for all sessions unless given. */
  open?: (sessionId: string) => OpenListener;
}

/** The airtime figures of a session, while the service holds it. */
export interface AirtimeSource {
  /** False without a media server or with the listener off: there are no figures at all. */
  readonly enabled: boolean;
  reportOf(sessionId: string): Record<string, Airtime> | undefined;
  close(): Promise<void>;
}

/**
 * Keeps a `SessionAirtime` for each session that is running or paused while a media server is
 * configured, following every published change of the session (status, phase, who is in the
 * media room) and a slow sweep. Ended, deleted and unloaded sessions lose their figures: airtime
 * lives only in memory while the session runs. Without a media server nothing starts.
 */
export function startAirtime(deps: AirtimeServiceDeps): AirtimeSource {
  const { media, registry, logger } = deps;
  const details = media.listenerDetails?.bind(media);
  const off = { enabled: false, reportOf: () => undefined, close: async () => {} };
  if (media.mode === 'disabled' || !details) return off;
  if (deps.listenerBin === null && !deps.open) {
    logger.warn('airtime is off: no speaker-listener (SPEAKER_LISTENER_BIN=off)');
    return off;
  }
  const live = new Map<string, SessionAirtime>();
  // One process for every session's listener, started when the first session needs one.
  const sidecar = new SpeakerListenerProcess({
    bin: deps.listenerBin ?? defaultSpeakerListenerBin,
    logger: logger.child({ component: 'airtime-listener' }),
  });
  const openFor =
    deps.open ??
    ((sessionId: string): OpenListener =>
      (details, targets, handlers) =>
        sidecar.open(sessionId, details, targets, handlers));

  const stop = (sessionId: string) => {
    const airtime = live.get(sessionId);
    live.delete(sessionId);
    void airtime?.close();
  };

  const sync = (session: LiveSession | undefined, sessionId: string) => {
    const status = session?.status;
    if (!session || (status !== 'running' && status !== 'paused')) return stop(sessionId);
    let airtime = live.get(sessionId);
    if (!airtime) {
      airtime = new SessionAirtime({
        sessionId,
        now: deps.now,
        logger: logger.child({ component: 'airtime', sessionId }),
        details: () => details(sessionId, airtimeListenerIdentity()),
        open: openFor(sessionId),
        emit: (report) => deps.emit(sessionId, report),
      });
      live.set(sessionId, airtime);
    }
    const targets = new Set([...session.inMedia].filter((id) => session.participants.has(id)));
    airtime.sync(targets, session.context.phaseIndex);
  };

  const unlisten = registry.listen({
    state: (sessionId) => sync(registry.find(sessionId), sessionId),
    closed: (sessionId) => stop(sessionId),
    warning: () => {},
    removed: () => {},
  });
  const sweep = () => {
    for (const session of registry.all()) sync(session, session.id);
    // Unloaded without a word to listeners (an ended session nobody looks at any more).
    for (const sessionId of [...live.keys()]) if (!registry.find(sessionId)) stop(sessionId);
  };
  const timer = setInterval(sweep, deps.sweepEveryMs ?? 5_000);
  timer.unref();
  sweep();

  return {
    enabled: true,
    reportOf: (sessionId) => live.get(sessionId)?.report(),
    async close() {
      clearInterval(timer);
      unlisten();
      const all = [...live.values()];
      live.clear();
      await Promise.all(all.map((a) => a.close()));
      await sidecar.close();
    },
  };
}
