import type {
  CreateSessionRequest,
  CreateSessionResponse,
  JoinSessionResponse,
  LiveKitDetails,
  Role,
  SessionPreviewResponse,
  SessionView,
} from '@intervision/shared';
import type { Logger } from 'pino';
import { startAirtime, type AirtimeSource } from '../airtime/airtimeService.js';
import type { LiveMedia, MediaGateway } from '../media/index.js';
import type { SessionStore } from '../store/sessionStore.js';
import { createCommandHandlers, type CommandHandlers } from './commandHandlers.js';
import { Membership, type Caller } from './membership.js';
import type { ActorClock } from './openLiveSession.js';
import { Presence } from './presence.js';
import { SessionCommands } from './sessionCommands.js';
import type { SessionOwnership } from './sessionOwnership.js';
import { SessionRegistry, type SessionListener } from './sessionRegistry.js';
import { DEFAULT_RETENTION, SessionSweeper, type SessionRetention } from './sessionSweeper.js';
import { ServiceError } from './serviceError.js';

export type { Caller } from './membership.js';
export type { SessionListener } from './sessionRegistry.js';
export type { SessionRetention } from './sessionSweeper.js';

export interface SessionServiceDeps {
  store: SessionStore;
  media: MediaGateway;
  logger: Logger;
  publicUrl: string;
  now?: () => number;
  /** XState's timer clock; the real one unless a test injects a simulated clock. */
  clock?: ActorClock;
  /** How long unused and ended sessions are kept; `DEFAULT_RETENTION` unless given. */
  retention?: SessionRetention;
  /** In a cluster: which sessions this node runs, and the epoch it writes each one with. */
  ownership?: SessionOwnership;
  /** The airtime sidecar (`SPEAKER_LISTENER_BIN`); `.tools/bin/speaker-listener` unless given; null: off. */
  speakerListenerBin?: string | null;
}

/**
 * The one door the HTTP and socket layers use. Each subject lives in its own part: the registry
 * of live sessions, membership and links, commands, presence and media.
 */
export class SessionService {
  readonly registry: SessionRegistry;
  readonly membership: Membership;
  readonly commands: SessionCommands;
  readonly presence: Presence;
  /** Deletes lobby sessions never started and ended sessions past their retention. */
  readonly sweeper: SessionSweeper;
  /** The socket layer's handler for each command of the table. */
  readonly handlers: CommandHandlers;
  /** Who spoke how long, per running session, from the media server's speaker detection. */
  readonly airtime: AirtimeSource;
  private readonly now: () => number;

  constructor(deps: SessionServiceDeps) {
    const { store, media, logger, publicUrl, clock } = deps;
    const now = deps.now ?? Date.now;
    this.now = now;
    this.registry = new SessionRegistry({
      store,
      media,
      logger,
      now,
      ...(clock ? { clock } : {}),
      ...(deps.ownership ? { ownership: deps.ownership } : {}),
    });
    const registry = this.registry;
    this.membership = new Membership({ registry, store, media, logger, publicUrl, now });
    this.commands = new SessionCommands({ registry, store, media, logger, now });
    this.presence = new Presence(registry, media);
    this.sweeper = new SessionSweeper({
      registry,
      store,
      logger,
      now,
      retention: deps.retention ?? DEFAULT_RETENTION,
    });
    this.airtime = startAirtime({
      registry,
      media,
      logger,
      now,
      emit: (sessionId, report) => registry.airtime(sessionId, report),
      ...(deps.speakerListenerBin !== undefined ? { listenerBin: deps.speakerListenerBin } : {}),
    });
    this.handlers = createCommandHandlers({
      commands: this.commands,
      registry,
      now,
      airtime: this.airtime,
    });
  }

  listen(listener: SessionListener): () => void {
    return this.registry.listen(listener);
  }

  restoreAll(): Promise<number> {
    return this.registry.restoreAll();
  }

  get liveCount(): number {
    return this.registry.liveCount;
  }

  create(req: CreateSessionRequest): Promise<CreateSessionResponse> {
    return this.membership.create(req);
  }

  /** What a link opens (title, method, the role it gives, status); adds nobody. */
  preview(sessionId: string, secret: string): Promise<SessionPreviewResponse> {
    return this.membership.preview(sessionId, secret);
  }

  /** Joins by link; with a valid credential of this session the same person comes back. */
  join(
    sessionId: string,
    secret: string,
    name: string | undefined,
    credential?: string,
  ): Promise<JoinSessionResponse> {
    return this.membership.join(sessionId, secret, name, credential);
  }

  mediaToken(caller: Caller): Promise<LiveKitDetails> {
    return this.membership.mediaToken(caller);
  }

  authenticate(credential: string): Promise<Caller> {
    return this.membership.authenticate(credential);
  }

  delete(sessionId: string, caller: Caller): Promise<void> {
    return this.membership.delete(sessionId, caller);
  }

  async view(sessionId: string): Promise<SessionView> {
    return (await this.registry.require(sessionId)).view(this.now());
  }

  /**
   * The caller's role now (the presenter is whoever the chair chose); `unauthorized` once the
   * chair has removed them, even on a socket that has not closed yet.
   */
  async roleOf(caller: Caller): Promise<Role> {
    const session = await this.registry.require(caller.sessionId);
    if (!session.participants.has(caller.identity)) {
      throw new ServiceError('unauthorized', 'You are no longer in this session.');
    }
    return session.roleOf(caller.identity);
  }

  connected(caller: Caller, delta: 1 | -1): void {
    this.presence.connected(caller, delta);
  }

  setInMedia(sessionId: string, identity: string, inRoom: boolean): void {
    this.presence.setInMedia(sessionId, identity, inRoom);
  }

  trackPublished(sessionId: string, identity: string): void {
    this.presence.trackPublished(sessionId, identity);
  }

  liveMedia(): LiveMedia[] {
    return this.presence.liveMedia();
  }

  /** Stops every session; resolves once the transitions already made are stored. */
  async close(): Promise<void> {
    // The listener process leaves its rooms and exits first (killed after 5 s at most).
    await this.airtime.close();
    await this.registry.close();
  }
}
