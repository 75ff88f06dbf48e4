import { useTranslation } from 'react-i18next';
import type { GatheringView } from '@intervision/shared';

interface Props {
  view: GatheringView;
  people: readonly string[];
  rooms: number;
  picks: Readonly<Record<string, number>>;
  onPick: (identity: string, room: number) => void;
}

/** The host puts each person in a room: one labelled select per person, which works by keyboard too. */
export function HostPicks({ view, people, rooms, picks, onPick }: Props) {
  const { t } = useTranslation();
  const nameOf = (id: string) => view.members.find((m) => m.identity === id)?.name ?? id;
  return (
    <ul className="stack host-picks" data-testid="host-picks">
      {people.map((id) => (
        <li key={id} className="field field--inline">
          <label htmlFor={`pick-${id}`}>{nameOf(id)}</label>
          <select
            id={`pick-${id}`}
            data-testid="host-pick"
            data-identity={id}
            value={picks[id] ?? 1}
            onChange={(e) => onPick(id, Number(e.target.value))}
          >
            {Array.from({ length: rooms }, (_, i) => (
              <option key={i + 1} value={i + 1}>
                {t('gathering.roomNumber', { number: i + 1 })}
              </option>
            ))}
          </select>
        </li>
      ))}
    </ul>
  );
}
