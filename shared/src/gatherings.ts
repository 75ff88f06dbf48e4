import { z } from 'zod';
import { LIMITS } from './limits.js';
import { GATHERING_LIMITS } from './gatheringLimits.js';

export * from './gatheringLimits.js';
export * from './breakoutFormats.js';
export * from './gatheringView.js';
export * from './gatheringCommands.js';

/** Gathering ids are server-generated url-safe strings, like session ids. */
export const gatheringIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/** `POST /api/gatherings` body. */
export const createGatheringSchema = z
  .object({
    title: z.string().trim().min(1).max(LIMITS.titleMax),
    maxParticipants: z
      .number()
      .int()
      .min(GATHERING_LIMITS.participantsMin)
      .max(GATHERING_LIMITS.participantsMax)
      .optional(),
  })
  .strict();
export type CreateGatheringRequest = z.infer<typeof createGatheringSchema>;

/**
 * `POST /api/gatherings` → 201. Each url carries its secret in the fragment (`#k=<secret>`), never
 * sent to servers; the client may add the media key to the fragment as for sessions.
 */
export interface CreateGatheringResponse {
  id: string;
  /** Joins as the host: runs the plenary and the breakouts. */
  hostUrl: string;
  /** Joins as a helper: sees everyone's device state and may visit any breakout. */
  helperUrl: string;
  /** Joins as an attendee. */
  inviteUrl: string;
}

/**
 * `POST /api/gatherings/:id/join` body: the secret from the link's fragment and the name to show.
 * `credential`, when this browser already holds a valid one for the gathering, returns that same
 * person (rejoin after a reload) and `name`, if given, renames them.
 */
export const joinGatheringSchema = z
  .object({
    secret: z.string().min(1).max(LIMITS.secretMax),
    name: z.string().trim().min(1).max(LIMITS.nameMax).optional(),
    credential: z.string().min(1).max(LIMITS.credentialMax).optional(),
  })
  .strict();
export type JoinGatheringRequest = z.infer<typeof joinGatheringSchema>;

/** A person's role in a gathering, from the link they joined with; never chosen by the client. */
export type GatheringRole = 'host' | 'helper' | 'attendee';

export const GATHERING_ROLES: readonly GatheringRole[] = ['host', 'helper', 'attendee'];

/** `POST /api/gatherings/:id/join` → 200. */
export interface JoinGatheringResponse {
  /** Bearer secret for the socket handshake (`auth: {credential}`) and the token route. */
  credential: string;
  /** Stable id of the person; also their LiveKit identity in every room of the gathering. */
  identity: string;
  role: GatheringRole;
  gatheringId: string;
}

/** Media connection details for one LiveKit room; short-lived. */
export interface GatheringLiveKitDetails {
  url: string;
  token: string;
  /** The LiveKit room name: `<prefix>-<id>` for the plenary, `<prefix>-<id>-<roomId>` for a breakout. */
  room: string;
}

/**
 * `POST /api/gatherings/:id/token` (bearer credential) → 200: a token for wherever the caller is
 * now (the plenary, a breakout, or the room a helper visits); 503 `media_unavailable` when LiveKit
 * cannot be reached.
 */
export interface GatheringTokenResponse {
  livekit: GatheringLiveKitDetails;
}
