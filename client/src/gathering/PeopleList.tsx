import { useTranslation } from 'react-i18next';
import type { GatheringMemberView, GatheringView } from '@intervision/shared';
import { PersonRow } from './PersonRow';
import type { SendGatheringCommand } from './useGathering';

interface Props {
  view: GatheringView;
  host: boolean;
  send: SendGatheringCommand;
}

/**
 * Everyone in the gathering: who needs help first, then raised hands, then the rest by name, so
 * whoever runs the list sees what needs them at the top.
 */
export function PeopleList({ view, host, send }: Props) {
  const { t } = useTranslation();
  const rank = (m: GatheringMemberView) =>
    m.needsHelpAt !== null ? 0 : m.handRaisedAt !== null ? 1 : 2;
  const people = [...view.members].sort(
    (a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name),
  );
  return (
    <section className="card stack" aria-labelledby="gathering-people-title">
      <h2 className="section-title" id="gathering-people-title">
        {t('gathering.people.title', { count: view.members.length })}
      </h2>
      <ul className="people gathering-people" data-testid="gathering-people">
        {people.map((m) => (
          <PersonRow key={m.identity} member={m} rooms={view.rooms} host={host} send={send} />
        ))}
      </ul>
    </section>
  );
}
