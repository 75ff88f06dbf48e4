import type { GroupDeps } from './groupDeps.js';
import { finishMeeting } from './meetingEnd.js';
import { openMeeting } from './meetingOpening.js';
import { scheduledSlots } from './meetingTimeline.js';

/** How often the scheduler looks, unless told otherwise. */
export const DEFAULT_SCHEDULER_INTERVAL_MS = 30_000;

/**
 * Opens scheduled meetings by themselves `opensMinutes` before their start, and records meetings
 * whose session ended while nobody heard it (a restart between the end and its record, or a
 * session deleted by its chair). It keeps no state of its own: each pass derives everything from
 * the store, so a restart loses nothing, and a slot has one row at most, so none opens twice.
 * Time is the injected `now`: tests move it and call `tick()` instead of waiting.
 */
export class GroupScheduler {
  constructor(private readonly deps: GroupDeps) {}

  /** One pass; answers the session ids of the meetings it opened. */
  async tick(): Promise<string[]> {
    const { store, logger } = this.deps;
    const now = this.deps.now();
    const opensMs = this.deps.opensMinutes * 60_000;
    const opened: string[] = [];
    for (const group of await store.listScheduledGroups()) {
      try {
        const held = await store.listMeetings(group.id);
        for (const slot of scheduledSlots(group, held, now, 2)) {
          if (slot.startsAt - opensMs <= now)
            opened.push(await openMeeting(this.deps, group, slot, false));
        }
      } catch (err) {
        logger.error({ groupId: group.id, err }, 'scheduled meeting not opened');
      }
    }
    for (const meeting of await store.listUnfinishedMeetings()) {
      const status = (await store.getSession(meeting.sessionId))?.status;
      if (status === undefined || status === 'ended') {
        await finishMeeting(this.deps, meeting.sessionId);
      }
    }
    return opened;
  }

  /** Runs now and then every `intervalMs`; the returned function stops it. */
  start(intervalMs: number = DEFAULT_SCHEDULER_INTERVAL_MS): () => void {
    const run = () => {
      this.tick().catch((err: unknown) => {
        this.deps.logger.error({ err }, 'group scheduler pass failed');
      });
    };
    run();
    const timer = setInterval(run, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }
}
