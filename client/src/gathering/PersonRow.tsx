import { useTranslation } from 'react-i18next';
import { PLENARY, type BreakoutsView, type GatheringMember } from './gatheringContract';
import { roomLabel } from './roomLabel';
import type { SendGatheringCommand } from './useGathering';

interface Props {
  member: GatheringMember;
  breakouts: BreakoutsView | null;
  /** The host gives the floor and moves people; a helper sees the same list without those. */
  host: boolean;
  send: SendGatheringCommand;
}

/** One person as the host or a helper sees them: where, hand, help, devices, and the host's actions. */
export function PersonRow({ member: m, breakouts, host, send }: Props) {
  const { t } = useTranslation();
  const d = m.devices;
  const troubles = [
    !m.connected && t('gathering.people.offline'),
    d && !d.camera && t('gathering.people.noCamera'),
    d && !d.microphone && m.hasFloor && t('gathering.people.noMicrophone'),
    d?.connection === 'poor' && t('gathering.people.poor'),
    d?.connection === 'lost' && m.connected && t('gathering.people.lost'),
  ].filter((x): x is string => Boolean(x));
  const moveId = `move-${m.identity}`;
  return (
    <li
      className="gathering-person"
      data-testid="gathering-person"
      data-identity={m.identity}
      data-room={m.room}
      data-help={m.needsHelp ? 'yes' : 'no'}
    >
      <span className="people__name">{m.name}</span>{' '}
      <span className="muted small">
        {t(`gathering.roles.${m.role}`)} · {roomLabel(t, breakouts, m.room)}
      </span>
      {m.handRaised && (
        <span className="badge" data-testid="person-hand">
          {t('gathering.people.hand')}
        </span>
      )}
      {m.needsHelp && (
        <span className="badge badge--alert" data-testid="person-help">
          {t('gathering.people.needsHelp')}
        </span>
      )}
      {troubles.length > 0 && (
        <span className="small" data-testid="person-troubles">
          {troubles.join(' · ')}
        </span>
      )}
      {host && m.role === 'attendee' && m.room === PLENARY && (
        <button
          className="button button--small"
          data-testid={m.hasFloor ? 'floor-take' : 'floor-give'}
          onClick={() =>
            void send(m.hasFloor ? 'floor:take' : 'floor:give', { identity: m.identity })
          }
        >
          {m.hasFloor
            ? t('gathering.people.takeFloor', { name: m.name })
            : t('gathering.people.giveFloor', { name: m.name })}
        </button>
      )}
      {host && breakouts && m.role !== 'host' && (
        <span className="field field--inline">
          <label htmlFor={moveId} className="sr-only">
            {t('gathering.people.moveLabel', { name: m.name })}
          </label>
          <select
            id={moveId}
            data-testid="person-move"
            value={m.room}
            onChange={(e) =>
              void send('participant:move', { identity: m.identity, room: e.target.value })
            }
          >
            <option value={PLENARY}>{t('gathering.plenary')}</option>
            {breakouts.rooms.map((r) => (
              <option key={r.id} value={r.id}>
                {t('gathering.roomNumber', { number: r.number })}
              </option>
            ))}
          </select>
        </span>
      )}
      {!host && m.needsHelp && (
        <button
          className="button button--small"
          data-testid="help-resolve"
          onClick={() => void send('help:resolve', { identity: m.identity })}
        >
          {t('gathering.people.resolve')}
        </button>
      )}
    </li>
  );
}
