import {
  COMMAND_ROLES,
  findMethod,
  LIMITS,
  mediaRights,
  type Ack,
  type CommandName,
  type CreateSessionRequest,
  type CreateSessionResponse,
  type JoinSessionResponse,
  type LiveKitDetails,
  type PhaseWarning,
  type SessionView,
} from '@intervision/shared';
import type { Logger } from 'pino';
import { createSessionMachine, type SessionEvent } from '../protocol/sessionMachine.js';
import type { SessionStore, StoredParticipant } from '../store/sessionStore.js';
import { toMachineEvent } from './commandEvents.js';
import type { LiveSession } from './liveSession.js';
import { openLiveSession, type ActorClock } from './openLiveSession.js';
import type { MediaGateway } from '../media/index.js';
import { handMoment, handsToClear } from './handClearing.js';
import { hashSecret, newId, newSecret } from './secrets.js';
import { ServiceError } from './serviceError.js';

/** Who is behind a credential. */
export interface Caller {
  sessionId: string;
  identity: string;
}

/** What the realtime layer hears from the service. */
export interface SessionListener {
  state(sessionId: string, view: SessionView): void;
  warning(sessionId: string, warning: PhaseWarning): void;
  closed(sessionId: string): void;
}

export interface SessionServiceDeps {
  store: SessionStore;
  media: MediaGateway;
  logger: Logger;
  publicUrl: string;
  now?: () => number;
  /** XState's timer clock; the real one unless a test injects a simulated clock. */
  clock?: ActorClock;
}

/**
 * Owns every live session: creates, joins, runs commands through the protocol machine, and after
 * each transition writes the snapshot, then tells listeners, then has the media server follow.
 */
export class SessionService {
  private readonly live = new Map<string, LiveSession>();
  /** The last moment each session was seen at, to notice phase changes for raised hands. */
  private readonly moments = new Map<string, string>();
  private readonly listeners = new Set<SessionListener>();
  private readonly now: () => number;
  private readonly machine;

  constructor(private readonly deps: SessionServiceDeps) {
    this.now = deps.now ?? Date.now;
    this.machine = createSessionMachine(this.now);
  }

  listen(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Brings every unfinished session back, each deadline re-armed at its original time. */
  restoreAll(): number {
    const records = this.deps.store.listLiveSessions();
    for (const record of records) this.load(record.id);
    return records.length;
  }

  get liveCount(): number {
    return this.live.size;
  }

  create(req: CreateSessionRequest): CreateSessionResponse {
    const method = findMethod(req.method);
    if (!method) throw new ServiceError('bad_request', `Unknown method "${req.method}".`);
    const durations = req.durations ?? {};
    const unknown = Object.keys(durations).filter((id) => !method.phases.some((p) => p.id === id));
    if (unknown.length > 0) {
      throw new ServiceError('bad_request', `Unknown phase ids: ${unknown.join(', ')}.`);
    }
    const id = newId();
    const chairSecret = newSecret();
    const inviteSecret = newSecret();
    this.deps.store.createSession({
      id,
      title: req.title,
      methodId: method.id,
      phases: method.phases.map((p) => ({
        id: p.id,
        title: p.title,
        seconds: durations[p.id] ?? p.defaultSeconds,
      })),
      autoAdvance: req.autoAdvance ?? true,
      maxParticipants: req.maxParticipants ?? LIMITS.defaultMaxParticipants,
      chairSecretHash: hashSecret(chairSecret),
      inviteSecretHash: hashSecret(inviteSecret),
      createdAt: this.now(),
      status: 'lobby',
      snapshot: null,
    });
    this.load(id);
    const base = `${this.deps.publicUrl.replace(/\/$/, '')}/s/${id}`;
    return { id, chairUrl: `${base}#k=${chairSecret}`, inviteUrl: `${base}#k=${inviteSecret}` };
  }

  async join(sessionId: string, secret: string, name: string): Promise<JoinSessionResponse> {
    const session = this.require(sessionId);
    const hash = hashSecret(secret);
    const joinRole =
      hash === session.record.chairSecretHash
        ? 'chair'
        : hash === session.record.inviteSecretHash
          ? 'peer'
          : null;
    if (!joinRole)
      throw new ServiceError('unauthorized', 'This link is not valid for this session.');
    if (session.status === 'ended')
      throw new ServiceError('session_ended', 'This session has ended.');
    const credential = newSecret(32);
    const participant: StoredParticipant = {
      id: newId(),
      sessionId,
      name,
      joinRole,
      credentialHash: hashSecret(credential),
      joinedAt: this.now(),
      handRaisedAt: null,
    };
    if (!this.deps.store.addParticipantWithinCap(participant, session.record.maxParticipants)) {
      throw new ServiceError(
        'session_full',
        `This group is full (${session.record.maxParticipants}).`,
      );
    }
    session.participants.set(participant.id, participant);
    this.publish(session);
    const media = await this.tokenFor(session, participant.id);
    return {
      credential,
      identity: participant.id,
      role: session.roleOf(participant.id),
      sessionId,
      view: session.view(this.now()),
      livekit: media,
      mediaError: media ? null : 'media_unavailable',
    };
  }

  /** A fresh media token for a member, e.g. after a reload or when media came back. */
  async mediaToken(caller: Caller): Promise<LiveKitDetails> {
    const session = this.require(caller.sessionId);
    const details = await this.tokenFor(session, caller.identity);
    if (!details)
      throw new ServiceError('media_unavailable', 'The media server cannot be reached.');
    return details;
  }

  authenticate(credential: string): Caller {
    const p = this.deps.store.findParticipantByCredentialHash(hashSecret(credential));
    if (!p) throw new ServiceError('unauthorized', 'Unknown credential.');
    return { sessionId: p.sessionId, identity: p.id };
  }

  view(sessionId: string): SessionView {
    return this.require(sessionId).view(this.now());
  }

  /** Runs one chair/presenter/peer command; validation of the payload happened already. */
  command(caller: Caller, name: CommandName, payload: Record<string, unknown>): Ack {
    const session = this.authorize(caller, name);
    if (session.status === 'ended')
      throw new ServiceError('session_ended', 'This session has ended.');
    if (name === 'hand:raise' || name === 'hand:lower') {
      this.setHand(session, caller, name, payload);
      return { ok: true };
    }
    if (name === 'presenter:set') this.checkPresenter(session, payload.identity as string);
    const event = toMachineEvent(name, payload);
    this.send(session, event);
    return { ok: true };
  }

  /** Refuses a command the caller's current role may not send; checked before the payload. */
  authorize(caller: Caller, name: CommandName): LiveSession {
    const session = this.require(caller.sessionId);
    const role = session.roleOf(caller.identity);
    if (!(COMMAND_ROLES[name] as readonly string[]).includes(role)) {
      throw new ServiceError('forbidden', `A ${role} cannot ${name}.`);
    }
    return session;
  }

  /** The chair deletes the session: data, live state and media room are gone. */
  async delete(sessionId: string, caller: Caller): Promise<void> {
    const session = this.require(sessionId);
    if (caller.sessionId !== sessionId || session.roleOf(caller.identity) !== 'chair') {
      throw new ServiceError('forbidden', 'Only the chair can delete a session.');
    }
    session.actor.stop();
    this.live.delete(sessionId);
    this.moments.delete(sessionId);
    this.deps.store.deleteSession(sessionId);
    for (const l of this.listeners) l.closed(sessionId);
    await this.deps.media.deleteRoom(sessionId).catch((err: unknown) => {
      this.deps.logger.warn({ sessionId, err }, 'media room not deleted');
    });
  }

  connected(caller: Caller, delta: 1 | -1): void {
    const session = this.live.get(caller.sessionId);
    if (!session) return;
    const n = Math.max(0, (session.connections.get(caller.identity) ?? 0) + delta);
    session.connections.set(caller.identity, n);
    this.publish(session);
    if (session.status === 'ended' && [...session.connections.values()].every((c) => c === 0)) {
      // An ended session changes no more; free it once nobody looks at it.
      session.actor.stop();
      this.live.delete(session.id);
      this.moments.delete(session.id);
    }
  }

  /** LiveKit said someone joined or left the media room. */
  setInMedia(sessionId: string, identity: string, inRoom: boolean): void {
    const session = this.live.get(sessionId);
    if (!session || !session.participants.has(identity)) return;
    if (inRoom) session.inMedia.add(identity);
    else session.inMedia.delete(identity);
    this.publish(session);
    if (inRoom) this.enforceMedia(session);
  }

  /** Desired media state of every live session, for the reconciler. */
  liveMedia(): Array<{ sessionId: string; desired: ReturnType<LiveSession['desiredMedia']> }> {
    return [...this.live.values()]
      .filter((s) => s.status !== 'ended')
      .map((s) => ({ sessionId: s.id, desired: s.desiredMedia() }));
  }

  close(): void {
    for (const s of this.live.values()) s.actor.stop();
    this.live.clear();
  }

  private require(sessionId: string): LiveSession {
    const session = this.live.get(sessionId) ?? this.load(sessionId);
    if (!session) throw new ServiceError('not_found', 'No such session.');
    return session;
  }

  private load(sessionId: string): LiveSession | undefined {
    const record = this.deps.store.getSession(sessionId);
    const method = record && findMethod(record.methodId);
    if (!record || !method) return undefined;
    const session = openLiveSession(
      {
        store: this.deps.store,
        machine: this.machine,
        logger: this.deps.logger,
        clock: this.deps.clock,
      },
      record,
      method,
      {
        changed: (s) => {
          this.clearHandsOnPhaseChange(s);
          this.publish(s);
          this.enforceMedia(s);
        },
        warning: (_s, e) => {
          const warning = { phaseId: e.phaseId, endsAt: e.endsAt, serverNow: this.now() };
          for (const l of this.listeners) l.warning(sessionId, warning);
        },
      },
    );
    this.live.set(sessionId, session);
    this.moments.set(sessionId, handMoment(session.status, session.context.phaseIndex));
    return session;
  }

  /**
   * The one place where a transition touches raised hands: when the phase changes (or the session
   * ends) they come down, stored before the broadcast that follows, unless the method keeps them.
   */
  private clearHandsOnPhaseChange(session: LiveSession): void {
    const moment = handMoment(session.status, session.context.phaseIndex);
    const before = this.moments.get(session.id);
    this.moments.set(session.id, moment);
    for (const id of handsToClear(session.method, before, moment, session.participants.values())) {
      const p = session.participants.get(id);
      if (!p) continue;
      this.deps.store.setHand(id, null);
      session.participants.set(id, { ...p, handRaisedAt: null });
    }
  }

  private send(session: LiveSession, event: SessionEvent): void {
    const snapshot = session.actor.getSnapshot();
    if (!snapshot.can(event)) {
      if (
        event.type === 'session.start' &&
        session.method.requiresPresenter &&
        !session.context.presenter
      ) {
        throw new ServiceError('presenter_required', 'Choose a presenter before starting.');
      }
      throw new ServiceError('invalid_transition', `Cannot ${event.type} while ${session.status}.`);
    }
    session.actor.send(event);
  }

  private checkPresenter(session: LiveSession, identity: string): void {
    const p = session.participants.get(identity);
    if (!p) throw new ServiceError('not_found', 'No such participant in this session.');
    if (p.joinRole === 'chair') throw new ServiceError('bad_request', 'The chair cannot present.');
  }

  private setHand(
    session: LiveSession,
    caller: Caller,
    name: 'hand:raise' | 'hand:lower',
    payload: Record<string, unknown>,
  ): void {
    const target = typeof payload.identity === 'string' ? payload.identity : caller.identity;
    if (target !== caller.identity && session.roleOf(caller.identity) !== 'chair') {
      throw new ServiceError('forbidden', "Only the chair can lower someone else's hand.");
    }
    const p = session.participants.get(target);
    if (!p) throw new ServiceError('not_found', 'No such participant in this session.');
    const raisedAt = name === 'hand:raise' ? (p.handRaisedAt ?? this.now()) : null;
    if (raisedAt === p.handRaisedAt) return;
    this.deps.store.setHand(p.id, raisedAt);
    session.participants.set(p.id, { ...p, handRaisedAt: raisedAt });
    this.publish(session);
  }

  private publish(session: LiveSession): void {
    const view = session.view(this.now());
    for (const l of this.listeners) l.state(session.id, view);
  }

  private enforceMedia(session: LiveSession): void {
    if (this.deps.media.mode === 'disabled') return;
    void this.deps.media.enforce(session.id, session.desiredMedia());
  }

  private async tokenFor(session: LiveSession, identity: string): Promise<LiveKitDetails | null> {
    const p = session.participants.get(identity);
    if (!p || this.deps.media.mode === 'disabled') return null;
    const role = session.roleOf(identity);
    try {
      return await this.deps.media.issueToken({
        sessionId: session.id,
        identity,
        name: p.name,
        role,
        rights: mediaRights(session.currentPolicy(), role),
      });
    } catch (err) {
      this.deps.logger.warn(
        { sessionId: session.id, err },
        'no media token: media server unavailable',
      );
      return null;
    }
  }
}
