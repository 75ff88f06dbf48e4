import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from './ActionError';
import { formatLongDate } from './groupTime';
import { useGroupAction } from './useGroupAction';

interface Props {
  agreement: string;
  acceptedAt: string | null;
  accept: () => Promise<void>;
  reload: () => Promise<void>;
}

/** The group's agreement, accepted once; afterwards the date it was accepted. */
export function AgreementCard({ agreement, acceptedAt, accept, reload }: Props) {
  const { t, i18n } = useTranslation();
  const [checked, setChecked] = useState(false);
  const action = useGroupAction(reload);
  return (
    <section className="card stack" aria-labelledby="group-agreement-title">
      <h2 className="section-title" id="group-agreement-title">
        {t('groups.agreement.title')}
      </h2>
      <p className="group-agreement-text">{agreement || t('join.agreement')}</p>
      {acceptedAt ? (
        <p className="muted" data-testid="group-agreement-accepted">
          {t('groups.agreement.acceptedOn', {
            date: formatLongDate(acceptedAt, i18n.resolvedLanguage),
          })}
        </p>
      ) : (
        <>
          <label className="field field--inline">
            <input
              type="checkbox"
              data-testid="group-agreement-check"
              checked={checked}
              onChange={(e) => setChecked(e.target.checked)}
            />
            <span>{t('groups.agreement.check')}</span>
          </label>
          <button
            className="button"
            data-testid="group-agreement-accept"
            disabled={!checked || action.busy}
            onClick={() => void action.run(accept)}
          >
            {t('groups.agreement.accept')}
          </button>
          <ActionError error={action.error} />
        </>
      )}
    </section>
  );
}
