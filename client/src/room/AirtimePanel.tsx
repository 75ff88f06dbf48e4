import type { AirtimeMirror, AirtimeReport, SessionView } from '@intervision/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SendCommand } from '../session/useSession';
import { airtimeMinutes } from './airtimeMinutes';
import { commandErrorMessage } from './commandErrorMessage';

interface Props {
  view: SessionView;
  report: AirtimeReport | null;
  mirror: AirtimeMirror | null;
  /** The server measures no airtime: say so instead of bars that would all read "not yet spoken". */
  unavailable?: boolean;
  send: SendCommand;
}

/**
 * The chair's airtime: per person a bar for this phase and one for the session, each relative to
 * whoever spoke most, with those not yet heard in this phase marked. From here the chair shows
 * (and hides) the group's mirror.
 */
export function AirtimePanel({ view, report, mirror, unavailable = false, send }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const figures = report ?? {};
  const phaseOf = (id: string) => figures[id]?.phaseMs ?? 0;
  const sessionOf = (id: string) => figures[id]?.sessionMs ?? 0;
  const people = view.participants;
  const maxPhase = Math.max(1, ...people.map((p) => phaseOf(p.identity)));
  const maxSession = Math.max(1, ...people.map((p) => sessionOf(p.identity)));
  const minutes = (ms: number) =>
    airtimeMinutes(ms) < 1
      ? t('airtime.underMinute')
      : t('airtime.minutes', { count: airtimeMinutes(ms) });

  const toggle = async () => {
    setError(null);
    const ack = await send('airtime:mirror', { show: !mirror });
    if (!ack.ok) setError(commandErrorMessage(t, ack.error));
  };

  return (
    <section className="airtime" aria-labelledby="airtime-heading" data-testid="airtime">
      <h3 className="section-title" id="airtime-heading">
        {t('airtime.heading')}
      </h3>
      {unavailable ? (
        <p className="muted" data-testid="airtime-unavailable">
          {t('airtime.unavailable')}
        </p>
      ) : (
        <>
          <ul className="airtime__list">
            {people.map((p) => {
              const phaseMs = phaseOf(p.identity);
              const silent = phaseMs === 0;
              return (
                <li key={p.identity} className="airtime__person" data-testid="airtime-person">
                  <span className="airtime__name">
                    {p.name}
                    {silent && (
                      <span className="airtime__silent" data-testid="airtime-silent">
                        {' · '}
                        {t('airtime.notYetSpoken')}
                      </span>
                    )}
                  </span>
                  <span
                    className="airtime__bar airtime__bar--phase"
                    role="img"
                    aria-label={t('airtime.phaseLabel', { time: minutes(phaseMs) })}
                    style={{ inlineSize: `${(100 * phaseMs) / maxPhase}%` }}
                  />
                  <span
                    className="airtime__bar airtime__bar--session"
                    role="img"
                    aria-label={t('airtime.sessionLabel', { time: minutes(sessionOf(p.identity)) })}
                    style={{ inlineSize: `${(100 * sessionOf(p.identity)) / maxSession}%` }}
                  />
                </li>
              );
            })}
          </ul>
          <p className="muted airtime__legend">{t('airtime.legend')}</p>
          <button className="button" data-testid="airtime-mirror" onClick={() => void toggle()}>
            {mirror ? t('airtime.hideMirror') : t('airtime.showMirror')}
          </button>
          {error && (
            <p className="alert alert--error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
    </section>
  );
}
