import { PLENARY, type BreakoutRoomView, type GatheringMemberView } from '@intervision/shared';
import { useTranslation } from 'react-i18next';
import { personTroubles } from './personTroubles';
import { roomLabel } from './roomLabel';
import type { SendGatheringCommand } from './useGathering';

interface Props {
  member: GatheringMemberView;
  rooms: readonly BreakoutRoomView[];
  /** The host gives the floor and moves people; a helper sees the same list without those. */
  host: boolean;
  send: SendGatheringCommand;
}

/** One person as the host or a helper sees them: where, hand, help, devices, and what can be done. */
export function PersonRow({ member: m, rooms, host, send }: Props) {
  const { t } = useTranslation();
  const troubles = personTroubles(m);
  const moveId = `move-${m.identity}`;
  const attendee = m.role === 'attendee';
  return (
    <li
      className="gathering-person"
      data-testid="gathering-person"
      data-identity={m.identity}
      data-place={m.place}
      data-help={m.needsHelpAt !== null ? 'yes' : 'no'}
      data-troubles={troubles.join(' ')}
    >
      <span className="people__name">{m.name}</span>{' '}
      <span className="muted small">
        {t(`gathering.roles.${m.role}`)} · {roomLabel(t, rooms, m.place)}
      </span>
      {m.handRaisedAt !== null && (
        <span className="badge" data-testid="person-hand">
          {t('gathering.people.hand')}
        </span>
      )}
      {m.needsHelpAt !== null && (
        <span className="badge badge--alert" data-testid="person-help">
          {t('gathering.people.needsHelp')}
        </span>
      )}
      {troubles.length > 0 && (
        <span className="small" data-testid="person-troubles">
          {troubles.map((x) => t(`gathering.trouble.${x}`)).join(' · ')}
        </span>
      )}
      <span className="button-row">
        {host && m.role !== 'host' && m.place === PLENARY && (
          <button
            className="button button--small"
            data-testid={m.floor ? 'floor-take' : 'floor-give'}
            onClick={() =>
              void send(m.floor ? 'floor:take' : 'floor:give', { identity: m.identity })
            }
          >
            {m.floor
              ? t('gathering.people.takeFloor', { name: m.name })
              : t('gathering.people.giveFloor', { name: m.name })}
          </button>
        )}
        {host && attendee && rooms.length > 0 && (
          <>
            <label htmlFor={moveId} className="sr-only">
              {t('gathering.people.moveLabel', { name: m.name })}
            </label>
            <select
              id={moveId}
              data-testid="person-move"
              value={m.place}
              onChange={(e) =>
                void send('participant:move', { identity: m.identity, room: e.target.value })
              }
            >
              <option value={PLENARY}>{t('gathering.plenary')}</option>
              {rooms.map((r, i) => (
                <option key={r.id} value={r.id}>
                  {t('gathering.roomNumber', { number: i + 1 })}
                </option>
              ))}
            </select>
          </>
        )}
        {m.needsHelpAt !== null && (
          <button
            className="button button--small"
            data-testid="help-resolve"
            onClick={() => void send('help:cancel', { identity: m.identity })}
          >
            {t('gathering.people.resolve', { name: m.name })}
          </button>
        )}
      </span>
    </li>
  );
}
