import { useTranslation } from 'react-i18next';
import type { BreakoutsView, GatheringMember } from './gatheringContract';
import type { SendGatheringCommand } from './useGathering';

interface Props {
  breakouts: BreakoutsView;
  members: readonly GatheringMember[];
  identity: string;
  send: SendGatheringCommand;
}

/** When the host lets people choose: each room with who is in it, and a button to go there. */
export function ChooseRoom({ breakouts, members, identity, send }: Props) {
  const { t } = useTranslation();
  return (
    <section className="card stack" aria-labelledby="choose-room-title">
      <h2 className="section-title" id="choose-room-title">
        {t('gathering.choose.title')}
      </h2>
      <ul className="stack">
        {breakouts.rooms.map((r) => {
          const inRoom = members.filter((m) => m.room === r.id).map((m) => m.name);
          return (
            <li key={r.id}>
              <button
                className="button"
                data-testid="choose-room"
                data-room={r.id}
                onClick={() => void send('participant:move', { identity, room: r.id })}
              >
                {t('gathering.choose.join', { number: r.number })}
              </button>{' '}
              <span className="muted small">
                {inRoom.length > 0 ? inRoom.join(', ') : t('gathering.choose.empty')}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
