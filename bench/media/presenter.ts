import {
  currentPhase,
  effectiveRights,
  findMethod,
  type MediaRights,
  type SessionView,
} from '@intervision/shared';
import type { Room } from '@livekit/rtc-node';
import { publishTone, type Tone } from '@intervision/testkit/rtc';
import { sleep } from '../lib/util.js';

/** A publish that neither resolves nor rejects by then is abandoned and retried. */
const PUBLISH_TIMEOUT_MS = 3000;
/** How often LiveKit is asked whether the grant has arrived. */
const GRANT_POLL_MS = 25;
/** How long one return to speaking may take in all (grant and publish). */
const RESTORE_BUDGET_MS = 10_000;

/**
 * The rights the protocol gives `identity` in this view (the phase's, narrowed by a strict turn),
 * as the web client derives them.
 */
export function rightsIn(view: SessionView, identity: string): MediaRights {
  const policy = currentPhase(view, findMethod(view.methodId))?.media ?? null;
  const role = view.participants.find((p) => p.identity === identity)?.role ?? 'peer';
  return effectiveRights(policy, role, identity, view.round);
}

/**
 * The presenter's client, modelled on the web client: it keeps its microphone in line with the
 * rights each `session:state` gives. "Off" mutes the track (`Tone.setMuted`, what
 * `setMicrophoneEnabled(false)` does in the browser); "on" unmutes it while it is still published,
 * which is the whole return when the server kept the track (docs/media-unmute.md). When the
 * server removed it instead (the permission was revoked), "on" is a republish and needs two things,
 * as in the web client: the view's rights and LiveKit's grant. Tokens publish nothing and the server grants on the phase change, so the
 * view can arrive before LiveKit has the grant; the web client then waits for
 * ParticipantPermissionsChanged. rtc-node does not surface that event, so the model polls
 * `mayPublish` (LiveKit's own record of the grant) and publishes only once it holds.
 *
 * Publishing early is not a harmless retry: LiveKit drops a publish it does not allow without an
 * answer, and after that every further attempt hung too, until about ten seconds after the first
 * (seen in the bench: 0/7 peers heard the return within 8 s, every cycle).
 *
 * `cooperative: false` is the baseline's (or a modified) client: it does nothing when told to
 * listen (the server mutes or removes its track) and, when it may speak again, replaces the track.
 */
export class PresenterModel {
  tone: Tone | null = null;
  private muted = false;
  private wantOn = true;
  private restoring: Promise<void> | null = null;
  /** The track lived through a listening phase without the client acting on it. */
  private stale = false;
  /** Closed: views that still arrive (the socket closes after the room) change nothing. */
  private closed = false;
  publishAttempts = 0;

  constructor(
    private readonly room: Room,
    private readonly identity: string,
    private readonly cooperative: boolean,
    /** Whether LiveKit has granted this participant its microphone (grantProbe.ts). */
    private readonly mayPublish: () => Promise<boolean>,
  ) {}

  async start(): Promise<void> {
    this.tone = await publishTone(this.room);
  }

  onView(view: SessionView): void {
    if (this.closed) return;
    const rights = rightsIn(view, this.identity);
    this.wantOn = rights.microphone;
    if (!rights.microphone) {
      if (this.cooperative && this.tone) {
        this.tone.setMuted(true);
        this.muted = true;
      }
      // The uncooperative client kept its track; the server cut, muted or removed it meanwhile.
      else if (this.tone) this.stale = true;
      return;
    }
    if (this.tone && this.muted) {
      this.muted = false;
      if (this.stillPublished(this.tone)) {
        this.tone.setMuted(false);
        return;
      }
      // The server revoked the microphone after all (the mute came too late): publish again.
      void this.tone.stop();
      this.tone = null;
    }
    if ((!this.tone || this.stale) && !this.restoring) {
      const replace = this.stale;
      this.stale = false;
      this.restoring = this.restore(replace).finally(() => (this.restoring = null));
    }
  }

  private stillPublished(tone: Tone): boolean {
    const sid = tone.publication.sid;
    return sid !== undefined && (this.room.localParticipant?.trackPublications.has(sid) ?? false);
  }

  private async withdraw(): Promise<void> {
    const tone = this.tone;
    if (!tone) return;
    this.tone = null;
    const sid = tone.publication.sid;
    if (sid) await this.room.localParticipant?.unpublishTrack(sid).catch(() => undefined);
    await tone.stop();
  }

  private async restore(replaceMuted: boolean): Promise<void> {
    if (replaceMuted) await this.withdraw();
    const until = Date.now() + RESTORE_BUDGET_MS;
    while (this.wantOn && !this.tone && Date.now() < until) {
      if (!(await this.mayPublish())) {
        await sleep(GRANT_POLL_MS);
        continue;
      }
      if (!this.wantOn) return;
      this.publishAttempts++;
      const attempt = publishTone(this.room);
      const tone = await Promise.race([attempt, sleep(PUBLISH_TIMEOUT_MS).then(() => null)]).catch(
        () => undefined,
      );
      if (tone) {
        this.tone = tone;
        if (!this.wantOn && this.cooperative) await this.withdraw();
        return;
      }
      if (tone === null) {
        // Hung: if it still lands later, take it down again so only one tone is ever live.
        void attempt.then(
          async (late) => {
            if (this.tone === late) return;
            if (late.publication.sid)
              await this.room.localParticipant
                ?.unpublishTrack(late.publication.sid)
                .catch(() => undefined);
            await late.stop();
          },
          () => undefined,
        );
      } else {
        await sleep(GRANT_POLL_MS); // refused although granted (revoked meanwhile): look again
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wantOn = false;
    await this.restoring;
    await this.withdraw();
  }
}
