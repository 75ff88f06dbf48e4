import {
  findMethod,
  LIMITS,
  type CreateSessionRequest,
  type CreateSessionResponse,
  type JoinSessionResponse,
  type LiveKitDetails,
  type SessionPreviewResponse,
} from '@intervision/shared';
import type { Logger } from 'pino';
import type { MediaGateway } from '../media/index.js';
import type { JoinRole, SessionStore, StoredParticipant } from '../store/sessionStore.js';
import type { LiveSession } from './liveSession.js';
import { rejoin } from './rejoin.js';
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

  async create(req: CreateSessionRequest): Promise<CreateSessionResponse> {
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
    await this.deps.store.createSession({
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
      groupId: null,
    });
    // A cluster node loads it when it first runs an operation on it (and takes its lease then).
    if (!this.deps.registry.clustered) await this.deps.registry.require(id);
    const base = `${this.deps.publicUrl.replace(/\/$/, '')}/s/${id}`;
    return { id, chairUrl: `${base}#k=${chairSecret}`, inviteUrl: `${base}#k=${inviteSecret}` };
  }

  /**
   * What a link opens, checked the way a join checks it (secret first, then the end) but with
   * nothing added: the join page names the session and the role before the person commits.
   */
  async preview(sessionId: string, secret: string): Promise<SessionPreviewResponse> {
    const session = await this.deps.registry.require(sessionId);
    const role = this.linkRole(session, secret);
    const status = session.status;
    if (status === 'ended') throw new ServiceError('session_ended', 'This session has ended.');
    return { title: session.record.title, methodId: session.record.methodId, role, status };
  }

  /**
   * Joins by link. With a valid `credential` of this session the same person comes back (same
   * identity, the credential they sent), renamed when a name is given; the chair link makes them
   * the chair, and no link lowers a role. Otherwise a new person joins, which needs a name and,
   * for a peer, room under the cap.
   */
  async join(
    sessionId: string,
    secret: string,
    name: string | undefined,
    credential?: string,
  ): Promise<JoinSessionResponse> {
    const session = await this.deps.registry.require(sessionId);
    const linkRole = this.linkRole(session, secret);
    if (session.status === 'ended')
      throw new ServiceError('session_ended', 'This session has ended.');
    const known = credential ? await this.memberByCredential(session, credential) : undefined;
    const member =
      known && credential
        ? { participant: await rejoin(this.deps, session, known, linkRole, name), credential }
        : await this.admit(session, linkRole, name);
    const identity = member.participant.id;
    const media = await this.token(sessionId, identity);
    return {
      credential: member.credential,
      identity,
      role: session.roleOf(identity),
      sessionId,
      view: session.view(this.deps.now()),
      livekit: media,
      mediaError: media ? null : 'media_unavailable',
    };
  }

  private linkRole(session: LiveSession, secret: string): JoinRole {
    const hash = hashSecret(secret);
    const { chairSecretHash, inviteSecretHash } = session.record;
    if (hash === chairSecretHash) return 'chair';
    if (hash === inviteSecretHash) return 'peer';
    throw new ServiceError('unauthorized', 'This link is not valid for this session.');
  }

  /** The member this credential names, if it is one of this session's; otherwise nobody. */
  private async memberByCredential(
    session: LiveSession,
    credential: string,
  ): Promise<StoredParticipant | undefined> {
    const p = await this.deps.store.findParticipantByCredentialHash(hashSecret(credential));
    return p && p.sessionId === session.id ? session.participants.get(p.id) : undefined;
  }

  /** A new person: a name is required, and a peer needs room under the cap. */
  private async admit(
    session: LiveSession,
    joinRole: JoinRole,
    name: string | undefined,
  ): Promise<{ participant: StoredParticipant; credential: string }> {
    if (!name) throw new ServiceError('bad_request', 'name: a name is required to join.');
    const credential = newSecret(32);
    const participant: StoredParticipant = {
      id: newId(),
      sessionId: session.id,
      name,
      joinRole,
      credentialHash: hashSecret(credential),
      joinedAt: this.deps.now(),
      handRaisedAt: null,
    };
    const { maxParticipants } = session.record;
    if (!(await this.deps.store.addParticipantWithinCap(participant, maxParticipants))) {
      throw new ServiceError('session_full', `This group is full (${maxParticipants} peers).`);
    }
    session.participants.set(participant.id, participant);
    this.deps.registry.publish(session);
    return { participant, credential };
  }

  /** A fresh media token for a member, e.g. after a reload or when media came back. */
  async mediaToken(caller: Caller): Promise<LiveKitDetails> {
    const details = await this.token(caller.sessionId, caller.identity);
    if (!details)
      throw new ServiceError('media_unavailable', 'The media server cannot be reached.');
    return details;
  }

  async authenticate(credential: string): Promise<Caller> {
    const p = await this.deps.store.findParticipantByCredentialHash(hashSecret(credential));
    if (!p) throw new ServiceError('unauthorized', 'Unknown credential.');
    return { sessionId: p.sessionId, identity: p.id };
  }

  /** The chair deletes the session: data, live state and media room are gone. */
  async delete(sessionId: string, caller: Caller): Promise<void> {
    const session = await this.deps.registry.require(sessionId);
    if (caller.sessionId !== sessionId || session.roleOf(caller.identity) !== 'chair') {
      throw new ServiceError('forbidden', 'Only the chair can delete a session.');
    }
    await this.deps.registry.discard(sessionId, 'deleted');
    await this.deps.media.deleteRoom(sessionId).catch((err: unknown) => {
      this.deps.logger.warn({ sessionId, err }, 'media room not deleted');
    });
  }

  private async token(sessionId: string, identity: string): Promise<LiveKitDetails | null> {
    const session = await this.deps.registry.require(sessionId);
    return issueMediaToken(this.deps.media, this.deps.logger, session, identity);
  }
}
