import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLENARY, type GatheringView } from '@intervision/shared';
import { newHelpRequests } from './helpNotices';
import { PeopleList } from './PeopleList';
import { roomLabel } from './roomLabel';
import type { SendGatheringCommand } from './useGathering';

interface Props {
  view: GatheringView;
  send: SendGatheringCommand;
}

/**
 * The tech person on hand: a notice as soon as someone asks for help (an alert, so a screen reader
 * says it at once), everyone's devices and place, and stepping into any breakout room.
 */
export function HelperPanel({ view, send }: Props) {
  const { t } = useTranslation();
  const seen = useRef(view.members);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    const fresh = newHelpRequests(seen.current, view.members);
    seen.current = view.members;
    const first = fresh[0];
    if (first) {
      setNotice(
        t('gathering.helper.notice', {
          name: first.name,
          place: roomLabel(t, view.rooms, first.place),
        }),
      );
    }
  }, [view, t]);
  return (
    <>
      <div role="alert" data-testid="help-notice-region">
        {notice && (
          <p className="alert alert--warning" data-testid="help-notice">
            {notice}
          </p>
        )}
      </div>
      {view.rooms.length > 0 && (
        <section className="card stack" aria-labelledby="step-in-title">
          <h2 className="section-title" id="step-in-title">
            {t('gathering.helper.stepInTitle')}
          </h2>
          <label className="field">
            <span>{t('gathering.helper.stepInLabel')}</span>
            <select
              data-testid="step-in"
              value={view.self.place}
              onChange={(e) => void send('participant:visit', { room: e.target.value })}
            >
              <option value={PLENARY}>{t('gathering.plenary')}</option>
              {view.rooms.map((r, i) => (
                <option key={r.id} value={r.id}>
                  {t('gathering.roomNumber', { number: i + 1 })}
                </option>
              ))}
            </select>
          </label>
        </section>
      )}
      <PeopleList view={view} host={false} send={send} />
    </>
  );
}
