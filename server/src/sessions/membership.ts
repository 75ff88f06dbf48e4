import {
  findMethod,
  LIMITS,
  type CreateSessionRequest,
  type CreateSessionResponse,
  type JoinSessionResponse,
  type LiveKitDetails,
} from '@intervision/shared';
import type { Logger } from 'pino';
import type { MediaGateway } from '../media/index.js';
import type { SessionStore, StoredParticipant } from '../store/sessionStore.js';
import type { SessionRegistry } from './sessionRegistry.js';
import { issueMediaToken } from './sessionMedia.js';
import { hashSecret, newId, newSecret } from './secrets.js';
import { ServiceError } from './serviceError.js';

/** Who is behind a credential. */
export interface Caller {
  sessionId: string;
  identity: string;
}

export interface MembershipDeps {
  registry: SessionRegistry;
  store: SessionStore;
  media: MediaGateway;
  logger: Logger;
  publicUrl: string;
  now: () => number;
}

/** Sessions and their people: links, joining, credentials, media tokens, deletion. */
export class Membership {
  constructor(private readonly deps: MembershipDeps) {}

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
      createdAt: this.deps.now(),
      status: 'lobby',
      snapshot: null,
    });
    this.deps.registry.require(id);
    const base = `${this.deps.publicUrl.replace(/\/$/, '')}/s/${id}`;
    return { id, chairUrl: `${base}#k=${chairSecret}`, inviteUrl: `${base}#k=${inviteSecret}` };
  }

  async join(sessionId: string, secret: string, name: string): Promise<JoinSessionResponse> {
    const session = this.deps.registry.require(sessionId);
    const hash = hashSecret(secret);
    const { chairSecretHash, inviteSecretHash, maxParticipants } = session.record;
    const joinRole = hash === chairSecretHash ? 'chair' : hash === inviteSecretHash ? 'peer' : null;
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
      joinedAt: this.deps.now(),
      handRaisedAt: null,
    };
    if (!this.deps.store.addParticipantWithinCap(participant, maxParticipants)) {
      throw new ServiceError('session_full', `This group is full (${maxParticipants}).`);
    }
    session.participants.set(participant.id, participant);
    this.deps.registry.publish(session);
    const media = await this.token(sessionId, participant.id);
    return {
      credential,
      identity: participant.id,
      role: session.roleOf(participant.id),
      sessionId,
      view: session.view(this.deps.now()),
      livekit: media,
      mediaError: media ? null : 'media_unavailable',
    };
  }

  /** A fresh media token for a member, e.g. after a reload or when media came back. */
  async mediaToken(caller: Caller): Promise<LiveKitDetails> {
    const details = await this.token(caller.sessionId, caller.identity);
    if (!details)
      throw new ServiceError('media_unavailable', 'The media server cannot be reached.');
    return details;
  }

  authenticate(credential: string): Caller {
    const p = this.deps.store.findParticipantByCredentialHash(hashSecret(credential));
    if (!p) throw new ServiceError('unauthorized', 'Unknown credential.');
    return { sessionId: p.sessionId, identity: p.id };
  }

  /** The chair deletes the session: data, live state and media room are gone. */
  async delete(sessionId: string, caller: Caller): Promise<void> {
    const session = this.deps.registry.require(sessionId);
    if (caller.sessionId !== sessionId || session.roleOf(caller.identity) !== 'chair') {
      throw new ServiceError('forbidden', 'Only the chair can delete a session.');
    }
    // The actor stops before the rows go, so no late transition writes to a deleted session.
    this.deps.registry.unload(sessionId);
    this.deps.store.deleteSession(sessionId);
    this.deps.registry.closed(sessionId);
    await this.deps.media.deleteRoom(sessionId).catch((err: unknown) => {
      this.deps.logger.warn({ sessionId, err }, 'media room not deleted');
    });
  }

  private token(sessionId: string, identity: string): Promise<LiveKitDetails | null> {
    const session = this.deps.registry.require(sessionId);
    return issueMediaToken(this.deps.media, this.deps.logger, session, identity);
  }
}
