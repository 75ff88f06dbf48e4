import {
  findMethod,
  type AirtimeMirror,
  type AirtimeReport,
  type PhaseWarning,
  type SessionClosedReason,
  type SessionView,
} from '@intervision/shared';
import type { Logger } from 'pino';
import type { MediaGateway } from '../media/index.js';
import { createSessionMachine, type SessionMachine } from '../protocol/sessionMachine.js';
import type { SessionStore } from '../store/sessionStore.js';
import { handMoment, handsToClear } from './handClearing.js';
import type { LiveSession } from './liveSession.js';
import { openLiveSession, type ActorClock } from './openLiveSession.js';
import { enforceMedia } from './sessionMedia.js';
import type { SessionOwnership } from './sessionOwnership.js';
import { ServiceError } from './serviceError.js';

/** What the realtime layer hears about sessions. */
export interface SessionListener {
  state(sessionId: string, view: SessionView): void;
  warning(sessionId: string, warning: PhaseWarning): void;
  /** The session is gone (the chair deleted it, or it expired): close every socket of it. */
  closed(sessionId: string, reason: Exclude<SessionClosedReason, 'removed'>): void;
  /** The chair removed one person: close that person's sockets only. */
  removed(sessionId: string, identity: string): void;
  /** The session's airtime figures, for its chairs only. */
  airtime?(sessionId: string, report: AirtimeReport): void;
  /** The chair showed (or hid, `null`) the airtime mirror: for everyone in the session. */
  airtimeMirror?(sessionId: string, mirror: AirtimeMirror | null): void;
}

export interface SessionRegistryDeps {
  store: SessionStore;
  media: MediaGateway;
  logger: Logger;
  now: () => number;
  /** XState's timer clock; the real one unless a test injects a simulated clock. */
  clock?: ActorClock;
  /**
   * In a cluster: which sessions this node runs, and the fencing epoch of each (its lease's), which
   * every snapshot is written with. Absent on a single node, which always writes epoch 0.
   */
  ownership?: SessionOwnership;
}

/**
 * The sessions held in memory and the listeners told about them. A session is loaded from the
 * store on first use; after each stored transition listeners hear first, then the media server
 * follows (the order lives in `openLiveSession`'s pipeline and `changed` below).
 */
export class SessionRegistry {
  private readonly live = new Map<string, LiveSession>();
  /** Loads in progress, so two callers asking at once share one actor. */
  private readonly loading = new Map<string, Promise<LiveSession | undefined>>();
  private readonly listeners = new Set<SessionListener>();
  /** The moment each session was last seen at, to notice phase changes for raised hands. */
  private readonly moments = new Map<string, string>();
  private readonly machine: SessionMachine;

  constructor(private readonly deps: SessionRegistryDeps) {
    this.machine = createSessionMachine(deps.now);
  }

  listen(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Brings every running or paused session back, each deadline re-armed at its original time.
   * Lobby sessions have no deadline and load when someone uses them.
   */
  async restoreAll(): Promise<number> {
    const records = await this.deps.store.listRunningSessions();
    for (const record of records) await this.require(record.id);
    return records.length;
  }

  /** True on a node of a cluster: sessions load only where their lease is held. */
  get clustered(): boolean {
    return this.deps.ownership !== undefined;
  }

  get liveCount(): number {
    return this.live.size;
  }

  /** The session if it is in memory now; never loads. */
  find(sessionId: string): LiveSession | undefined {
    return this.live.get(sessionId);
  }

  /** The session, loaded from the store when needed; `not_found` when there is none. */
  async require(sessionId: string): Promise<LiveSession> {
    const session = this.live.get(sessionId) ?? (await this.loadOnce(sessionId));
    if (!session) throw new ServiceError('not_found', 'No such session.');
    return session;
  }

  all(): LiveSession[] {
    return [...this.live.values()];
  }

  /** Tells every listener the session's current view. */
  publish(session: LiveSession): void {
    const view = session.view(this.deps.now());
    for (const l of this.listeners) l.state(session.id, view);
  }

  /** Stops the session's actor and forgets it; the store is untouched. */
  unload(sessionId: string): void {
    this.live.get(sessionId)?.stop();
    this.live.delete(sessionId);
    this.moments.delete(sessionId);
    this.deps.ownership?.dropped(sessionId);
  }

  /**
   * Deletes a session for good: the actor stops before the rows go (so no late transition writes
   * to a deleted session), the store deletes it (and checkpoints its WAL), then listeners close
   * its sockets. The media room is the caller's business.
   */
  async discard(sessionId: string, reason: Exclude<SessionClosedReason, 'removed'>): Promise<void> {
    const session = this.live.get(sessionId);
    this.unload(sessionId);
    // A write already in flight finishes before the rows go, so it cannot outlive the delete.
    await session?.settled();
    await this.deps.store.deleteSession(sessionId);
    for (const l of this.listeners) l.closed(sessionId, reason);
  }

  /** Tells listeners one person was removed, so their sockets close. */
  removed(sessionId: string, identity: string): void {
    for (const l of this.listeners) l.removed(sessionId, identity);
  }

  /** Tells listeners a session's airtime figures (for its chairs). */
  airtime(sessionId: string, report: AirtimeReport): void {
    for (const l of this.listeners) l.airtime?.(sessionId, report);
  }

  /** Tells listeners the chair showed or hid the airtime mirror. */
  airtimeMirror(sessionId: string, mirror: AirtimeMirror | null): void {
    for (const l of this.listeners) l.airtimeMirror?.(sessionId, mirror);
  }

  /**
   * Stops every actor; resolves once the writes already queued are stored, or after
   * `flushTimeoutMs` while the database is away (the writers then give up, logging what was lost,
   * so a shutdown never hangs on a dead database).
   */
  async close(flushTimeoutMs = 10_000): Promise<void> {
    const sessions = [...this.live.values()];
    for (const s of sessions) s.actor.stop();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, flushTimeoutMs);
    });
    await Promise.race([Promise.all(sessions.map((s) => s.settled())), timeout]);
    clearTimeout(timer);
    for (const s of sessions) s.stop();
    this.live.clear();
    this.moments.clear();
  }

  private loadOnce(sessionId: string): Promise<LiveSession | undefined> {
    let pending = this.loading.get(sessionId);
    if (!pending) {
      pending = this.load(sessionId).finally(() => this.loading.delete(sessionId));
      this.loading.set(sessionId, pending);
    }
    return pending;
  }

  private async load(sessionId: string): Promise<LiveSession | undefined> {
    const record = await this.deps.store.getSession(sessionId);
    const method = record && findMethod(record.methodId);
    if (!record || !method) return undefined;
    const { store, logger, clock, ownership } = this.deps;
    const epoch = ownership ? ownership.epochOf(sessionId) : 0;
    if (epoch === undefined) {
      // Another node runs it: a second actor here would fire the same deadlines twice.
      throw new ServiceError('session_unavailable', 'This session runs on another node.');
    }
    const session = await openLiveSession(
      { store, machine: this.machine, logger, epoch, ...(clock ? { clock } : {}) },
      record,
      method,
      {
        changed: async (s) => {
          await this.clearHandsOnPhaseChange(s);
          this.publish(s);
          enforceMedia(this.deps.media, s);
        },
        // A newer owner holds it (another node took over): this node lets it go at once.
        fenced: (s) => {
          if (this.live.get(s.id) === s) this.unload(s.id);
          else s.stop();
        },
        warning: (_s, e) => {
          const warning = { phaseId: e.phaseId, endsAt: e.endsAt, serverNow: this.deps.now() };
          for (const l of this.listeners) l.warning(sessionId, warning);
        },
      },
    );
    if (session.fenced) {
      // Refused by the store already (its first write raced a newer owner): not ours to run.
      this.deps.ownership?.dropped(sessionId);
      throw new ServiceError('session_unavailable', 'This session runs on another node.');
    }
    this.live.set(sessionId, session);
    this.moments.set(sessionId, handMoment(session.status, session.context.phaseIndex));
    return session;
  }

  /**
   * The one place where a transition touches raised hands: when the phase changes (or the session
   * ends) they come down, stored before the broadcast that follows, unless the method keeps them.
   */
  private async clearHandsOnPhaseChange(session: LiveSession): Promise<void> {
    const moment = handMoment(session.status, session.context.phaseIndex);
    const before = this.moments.get(session.id);
    this.moments.set(session.id, moment);
    for (const id of handsToClear(session.method, before, moment, session.participants.values())) {
      const p = session.participants.get(id);
      if (!p) continue;
      await this.deps.store.setHand(session.id, id, null);
      session.participants.set(id, { ...p, handRaisedAt: null });
    }
  }
}
