import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from './ActionError';
import { GROUP_LIMITS } from '@intervision/shared';
import { formatLongDate } from './groupTime';
import { useGroupAction } from './useGroupAction';

interface Props {
  plan: { text: string; updatedAt: string } | null;
  save: (text: string) => Promise<void>;
  reload: () => Promise<void>;
}

/** The one-to-one development plan both people see; plain text (Markdown stays as written). */
export function PlanEditor({ plan, save, reload }: Props) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(plan?.text ?? '');
  const action = useGroupAction(reload);
  const changed = text !== (plan?.text ?? '');
  return (
    <section className="card stack" aria-labelledby="group-plan-title">
      <h2 className="section-title" id="group-plan-title">
        {t('groups.plan.title')}
      </h2>
      <label className="field">
        <span className="muted">{t('groups.plan.hint')}</span>
        <textarea
          data-testid="group-plan-text"
          rows={10}
          maxLength={GROUP_LIMITS.planMax}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {plan && (
        <p className="muted">
          {t('groups.plan.updated', {
            date: formatLongDate(plan.updatedAt, i18n.resolvedLanguage),
          })}
        </p>
      )}
      <ActionError error={action.error} />
      <button
        className="button"
        data-testid="group-plan-save"
        disabled={!changed || action.busy}
        onClick={() => void action.run(() => save(text))}
      >
        {t('groups.plan.save')}
      </button>
    </section>
  );
}
