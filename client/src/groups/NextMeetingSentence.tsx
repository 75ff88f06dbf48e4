import { useTranslation } from 'react-i18next';
import type { GroupMeetingView } from '@intervision/shared';
import { nextMeetingLine } from './nextMeetingLine';

interface Props {
  meeting: GroupMeetingView | null;
  /** The zone to show times in; the browser's own unless given (tests give one). */
  timeZone?: string;
}

/** The member page's one line: when the next meeting is, and what to do about it now. */
export function NextMeetingSentence({ meeting, timeZone }: Props) {
  const { t, i18n } = useTranslation();
  const line = nextMeetingLine(meeting, i18n.resolvedLanguage, timeZone);
  return (
    <p className="lede group-next" data-testid="group-next-line" data-status={meeting?.status}>
      {line.key === 'scheduled' &&
        t('groups.next.scheduled', { day: line.day, time: line.time, opens: line.opens })}
      {line.key === 'open' && t('groups.next.open', { time: line.time })}
      {line.key === 'running' && t('groups.next.running')}
      {line.key === 'none' && t('groups.next.none')}
    </p>
  );
}
