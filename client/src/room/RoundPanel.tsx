import type { SessionView } from '@intervision/shared';
import type { SendCommand } from '../session/useSession';
import { TurnCountdown } from './TurnCountdown';
import { useTranslation } from 'react-i18next';

interface Props {
  view: SessionView;
  identity: string;
  offsetMs: number;
  send: SendCommand;
}

/**
 * The speaking round as everyone sees it: whose turn it is, the order, the turn's countdown. The
 * speaker gets Done and Pass (both hand the turn on); the next person is told they are next.
 */
export function RoundPanel({ view, identity, offsetMs, send }: Props) {
  const { t } = useTranslation();
  const round = view.round;
  if (!round) return null;
  const nameOf = (id: string) =>
    view.participants.find((p) => p.identity === id)?.name ?? t('hands.someone');
  const mine = round.speaker === identity;
  const nextName = round.next ? nameOf(round.next) : null;
  return (
    <section
      className="round card"
      aria-label={t('round.region')}
      data-testid="round"
      data-speaker={round.speaker}
      data-strict={String(round.strict)}
    >
      <h2 className="section-title">{t('round.heading')}</h2>
      <p className="round__speaker" data-testid="round-speaker">
        <strong>
          {mine ? t('round.yourTurn') : t('round.speaking', { name: nameOf(round.speaker) })}
        </strong>
      </p>
      <TurnCountdown round={round} offsetMs={offsetMs} />
      {mine && (
        <div className="button-row">
          <button
            className="button button--primary"
            data-testid="round-done"
            onClick={() => void send('round:done')}
          >
            {t('round.done')}
          </button>
          <button
            className="button"
            data-testid="round-pass"
            onClick={() => void send('round:done')}
          >
            {t('round.pass')}
          </button>
        </div>
      )}
      {round.next === identity ? (
        <p data-testid="round-you-next">{t('round.youreNext')}</p>
      ) : (
        <p className="muted">
          {nextName ? t('round.next', { name: nextName }) : t('round.lastTurn')}
        </p>
      )}
      <p className="muted">{round.strict ? t('round.strict') : t('round.soft')}</p>
      <ol className="round__order" data-testid="round-order" aria-label={t('round.order')}>
        {round.order.map((id) => (
          <li key={id} aria-current={id === round.speaker ? 'step' : undefined}>
            {id === identity ? t('round.you', { name: nameOf(id) }) : nameOf(id)}
          </li>
        ))}
      </ol>
    </section>
  );
}
