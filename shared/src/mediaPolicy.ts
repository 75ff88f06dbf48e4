import type { Role } from './roles.js';

/**
 * What one role may do with its media in one phase. `listen` means microphone and camera off; the
 * person still hears and sees everyone. Roles not named in a phase's policy may `speak`.
 */
export type MediaStance = 'speak' | 'listen';

/** A phase's media policy: a stance per role, `speak` where a role is not named. */
export type PhaseMediaPolicy = Partial<Record<Role, MediaStance>>;

/** The media rights of one participant at one moment. */
export interface MediaRights {
  /** May publish a microphone track. */
  microphone: boolean;
  /** May publish a camera track. */
  camera: boolean;
  /** May share the screen (follows the camera). */
  screenShare: boolean;
  /** Why rights are withheld, for the UI; null when everything is allowed. */
  reason: string | null;
}

export const FULL_RIGHTS: MediaRights = {
  microphone: true,
  camera: true,
  screenShare: true,
  reason: null,
};

/**
 * The one source of truth for "who may speak": the server enforces it in the SFU and the client
 * keeps its own tracks in line with it. `policy` is null outside a running phase (lobby, ended),
 * where everyone may speak.
 */
export function mediaRights(policy: PhaseMediaPolicy | null, role: Role): MediaRights {
  const stance = policy?.[role] ?? 'speak';
  if (stance === 'speak') return FULL_RIGHTS;
  return {
    microphone: false,
    camera: false,
    screenShare: false,
    reason:
      role === 'presenter'
        ? 'You are listening: the group reflects on your case without you joining in.'
        : 'This phase asks you to listen.',
  };
}

/** True when `next` allows less than `prev` in any way (a restrictive change). */
export function isRestriction(prev: MediaRights, next: MediaRights): boolean {
  return (
    (prev.microphone && !next.microphone) ||
    (prev.camera && !next.camera) ||
    (prev.screenShare && !next.screenShare)
  );
}

/** True when both grant exactly the same things. */
export function sameRights(a: MediaRights, b: MediaRights): boolean {
  return a.microphone === b.microphone && a.camera === b.camera && a.screenShare === b.screenShare;
}
