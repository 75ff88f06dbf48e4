import type { GroupMeetingView } from '@intervision/shared';
import { formatMeetingDay, formatMeetingTime } from './groupTime';

/** Which sentence the member's page leads with, and what goes into it. */
export type NextMeetingLine =
  | { key: 'none' }
  | { key: 'scheduled'; day: string; time: string; opens: string }
  | { key: 'open'; time: string }
  | { key: 'running' };

/** The one line that tells a member when the next meeting is and what to do, in their own zone. */
export function nextMeetingLine(
  meeting: GroupMeetingView | null,
  language: string | undefined,
  timeZone?: string,
): NextMeetingLine {
  if (!meeting || meeting.status === 'ended') return { key: 'none' };
  if (meeting.status === 'running') return { key: 'running' };
  const time = formatMeetingTime(meeting.startsAt, language, timeZone);
  if (meeting.status === 'open') return { key: 'open', time };
  return {
    key: 'scheduled',
    day: formatMeetingDay(meeting.startsAt, language, timeZone),
    time,
    opens: formatMeetingTime(meeting.opensAt, language, timeZone),
  };
}
