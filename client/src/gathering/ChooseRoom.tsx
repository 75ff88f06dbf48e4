import type { GatheringView } from '@intervision/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SendGatheringCommand } from './useGathering';

interface Props {
  view: GatheringView;
  send: SendGatheringCommand;
}

/** When the host lets people choose: each room with who is in it, and a button to go there. */
export function ChooseRoom({ view, send }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const choose = async (room: string) => {
    const ack = await send('room:choose', { room });
    setError(
      ack.ok
        ? null
        : ack.error === 'room_full'
          ? t('gathering.choose.full')
          : t('gathering.host.failed'),
    );
  };
  return (
    <section className="card stack" aria-labelledby="choose-room-title">
      <h2 className="section-title" id="choose-room-title">
        {t('gathering.choose.title')}
      </h2>
      <ul className="stack">
        {view.rooms.map((r, i) => {
          const inRoom = view.members.filter((m) => m.place === r.id).map((m) => m.name);
          return (
            <li key={r.id}>
              <button
                className="button"
                data-testid="choose-room"
                data-room={r.id}
                onClick={() => void choose(r.id)}
              >
                {t('gathering.choose.join', { number: i + 1 })}
              </button>{' '}
              <span className="muted small">
                {inRoom.length > 0 ? inRoom.join(', ') : t('gathering.choose.empty')}
              </span>
            </li>
          );
        })}
      </ul>
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
