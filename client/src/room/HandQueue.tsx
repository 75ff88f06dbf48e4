import type { Role, SessionView } from '@intervision/shared';
import type { SendCommand } from '../session/useSession';
import { useTranslation } from 'react-i18next';

interface Props {
  view: SessionView;
  identity: string;
  role: Role;
  send: SendCommand;
}

/** Raised hands in the order they went up, the same list for everyone. */
export function HandQueue({ view, identity, role, send }: Props) {
  const { t } = useTranslation();
  const raised = view.hands.includes(identity);
  const nameOf = (id: string) =>
    view.participants.find((p) => p.identity === id)?.name ?? t('hands.someone');
  return (
    <section className="hands card" aria-label={t('hands.region')}>
      <div className="hands__head">
        <h2 className="section-title">{t('hands.heading')}</h2>
        {view.status !== 'ended' && (
          <button
            className={`button${raised ? ' button--active' : ''}`}
            data-testid="hand-raise"
            aria-pressed={raised}
            onClick={() => void send(raised ? 'hand:lower' : 'hand:raise')}
          >
            {raised ? t('hands.lower') : t('hands.raise')}
          </button>
        )}
      </div>
      <ol className="hands__queue" data-testid="hand-queue" aria-label={t('hands.queue')}>
        {view.hands.map((id, i) => (
          <li key={id}>
            <span>
              {i + 1}. {id === identity ? t('hands.you', { name: nameOf(id) }) : nameOf(id)}
            </span>
            {role === 'chair' && id !== identity && (
              <button
                className="button button--small"
                onClick={() => void send('hand:lower', { identity: id })}
                aria-label={t('hands.lowerOtherLabel', { name: nameOf(id) })}
              >
                {t('hands.lowerOther')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {view.hands.length === 0 && <p className="muted small">{t('hands.none')}</p>}
    </section>
  );
}
