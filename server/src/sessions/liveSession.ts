import {
  currentPhase,
  effectiveRights,
  type MediaRights,
  type RoundView,
  type MethodDefinition,
  type PhaseMediaPolicy,
  type Role,
  type SessionView,
} from '@intervision/shared';
import type { Actor } from 'xstate';
import type { SessionMachine } from '../protocol/sessionMachine.js';
import { sessionStatus } from '../protocol/sessionStatus.js';
import type { StoredParticipant, StoredSession } from '../store/sessionStore.js';
import type { DesiredMedia } from '../media/index.js';
import { ServiceError } from './serviceError.js';
import type { SnapshotWriter } from './snapshotWriter.js';

/** One session held in memory while it can still change: its actor, members and presence. */
export class LiveSession {
  readonly participants = new Map<string, StoredParticipant>();
  /** Open sockets per participant; presence is "at least one". */
  readonly connections = new Map<string, number>();
  /** Participants LiveKit reports in the media room. */
  readonly inMedia = new Set<string>();

  constructor(
    readonly record: StoredSession,
    readonly method: MethodDefinition,
    readonly actor: Actor<SessionMachine>,
    participants: StoredParticipant[],
    private readonly writer: SnapshotWriter,
  ) {
    for (const p of participants) this.participants.set(p.id, p);
  }

  /**
   * Resolves once every transition so far is stored and broadcast: a command answers its ack
   * after this, so an acknowledged change is never lost.
   */
  settled(): Promise<void> {
    return this.writer.settled();
  }

  /** True once the store refused a snapshot of this session: a newer owner holds it. */
  get fenced(): boolean {
    return this.writer.fenced;
  }

  /**
   * Like `settled`, for whoever answers an ack: rejects with `session_unavailable` when the store
   * refused the write (a newer owner took the session over), so nothing that was not kept is ever
   * acknowledged as done.
   */
  async stored(): Promise<void> {
    await this.writer.settled();
    if (this.writer.fenced) {
      throw new ServiceError('session_unavailable', 'The session is moving to another node.');
    }
  }

  /** Stops the actor and the writes of this session (an in-flight write still finishes). */
  stop(): void {
    this.actor.stop();
    this.writer.stop();
  }

  get id(): string {
    return this.record.id;
  }

  get context() {
    return this.actor.getSnapshot().context;
  }

  get status() {
    return sessionStatus(this.actor.getSnapshot());
  }

  /** The role this participant has now: the presenter is whoever the chair chose. */
  roleOf(identity: string): Role {
    const p = this.participants.get(identity);
    if (p?.joinRole === 'chair') return 'chair';
    return this.context.presenter === identity ? 'presenter' : 'peer';
  }

  /** The media policy in force: the current phase's while running or paused, none otherwise. */
  currentPolicy(): PhaseMediaPolicy | null {
    const configured = this.context.phases[this.context.phaseIndex];
    const phase = configured ? { id: configured.id } : null;
    return currentPhase({ status: this.status, phase }, this.method)?.media ?? null;
  }

  /** The rights one member has now: the phase's policy with a strict turn applied. */
  rightsOf(identity: string): MediaRights {
    return effectiveRights(this.currentPolicy(), this.roleOf(identity), identity, this.roundView());
  }

  desiredMedia(): DesiredMedia[] {
    return [...this.participants.keys()].map((identity) => ({
      identity,
      role: this.roleOf(identity),
      rights: this.rightsOf(identity),
      inRoom: this.inMedia.has(identity),
      // The session page disables a withdrawn participant's tracks itself (useWithheldTracks).
      peersDisable: true,
    }));
  }

  /** The round as clients see it; null when none runs (or the session is not running). */
  roundView(): RoundView | null {
    const round = this.context.round;
    const status = this.status;
    if (!round || (status !== 'running' && status !== 'paused')) return null;
    return {
      order: round.order,
      speaker: round.order[round.index] ?? '',
      next: round.order[round.index + 1] ?? null,
      turnEndsAt: round.turnEndsAt,
      remainingMs: status === 'paused' ? round.remainingMs : null,
      secondsPerTurn: round.secondsPerTurn,
      strict: round.strict,
    };
  }

  view(serverNow: number): SessionView {
    const ctx = this.context;
    const status = this.status;
    const configured = ctx.phases[ctx.phaseIndex];
    const live = status === 'running' || status === 'paused';
    const phase =
      live && configured
        ? {
            id: configured.id,
            index: ctx.phaseIndex,
            title: this.record.phases[ctx.phaseIndex]?.title ?? configured.id,
            startedAt: ctx.phaseStartedAt ?? serverNow,
            endsAt: ctx.endsAt ?? serverNow,
            remainingMs: status === 'paused' ? ctx.remainingMs : null,
            paused: status === 'paused',
          }
        : null;
    const members = [...this.participants.values()];
    return {
      id: this.id,
      title: this.record.title,
      methodId: this.record.methodId,
      status,
      phases: this.record.phases,
      phase,
      autoAdvance: this.record.autoAdvance,
      maxParticipants: this.record.maxParticipants,
      participants: members.map((p) => ({
        identity: p.id,
        name: p.name,
        role: this.roleOf(p.id),
        connected: (this.connections.get(p.id) ?? 0) > 0,
        inMedia: this.inMedia.has(p.id),
        handRaisedAt: p.handRaisedAt,
      })),
      hands: members
        .filter((p) => p.handRaisedAt !== null)
        .sort((a, b) => (a.handRaisedAt ?? 0) - (b.handRaisedAt ?? 0))
        .map((p) => p.id),
      presenter: ctx.presenter,
      question: ctx.question,
      groupId: this.record.groupId,
      round: this.roundView(),
      serverNow,
    };
  }
}
