import { useTranslation } from 'react-i18next';
import type { GroupMeetingView, GroupMemberView } from '@intervision/shared';
import { formatMeetingDay, formatMeetingTime } from './groupTime';

interface Props {
  meetings: GroupMeetingView[];
  members: GroupMemberView[];
  /** How many meetings ahead to list. */
  ahead?: number;
}

/** The next meetings (in the viewer's zone), then the last ones held with who came and who presented. */
export function MeetingList({ meetings, members, ahead = 4 }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const name = (id: string | null) => members.find((m) => m.id === id)?.name ?? '';
  const coming = meetings.filter((m) => m.status !== 'ended').slice(0, ahead);
  const held = meetings
    .filter((m) => m.status === 'ended')
    .slice(-3)
    .reverse();
  const when = (m: GroupMeetingView) =>
    t('groups.meetings.when', {
      day: formatMeetingDay(m.startsAt, lang),
      time: formatMeetingTime(m.startsAt, lang),
    });
  return (
    <>
      {coming.length === 0 ? (
        <p className="muted">{t('groups.next.none')}</p>
      ) : (
        <ul className="group-list" data-testid="group-meetings">
          {coming.map((m) => (
            <li
              key={`${m.startsAt}-${m.id ?? ''}`}
              className="group-list__item"
              data-status={m.status}
            >
              <span>{when(m)}</span>
              <span className="muted">
                {t(`groups.meetings.status.${m.status}`)}
                {m.attendeeIds.length > 0 && ' · '}
                {m.attendeeIds.length > 0 &&
                  t('groups.meetings.inRoom', { names: m.attendeeIds.map(name).join(', ') })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {held.length > 0 && (
        <>
          <h3 className="section-title">{t('groups.meetings.held')}</h3>
          <ul className="group-list">
            {held.map((m) => (
              <li key={`${m.startsAt}-${m.id ?? ''}`} className="group-list__item">
                <span>{when(m)}</span>
                <span className="muted">
                  {t('groups.meetings.attended', {
                    names: m.attendeeIds.map(name).join(', ') || '—',
                  })}
                  {m.presenterId && ' · '}
                  {m.presenterId && t('groups.meetings.presented', { name: name(m.presenterId) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
