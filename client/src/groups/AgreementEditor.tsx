import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from './ActionError';
import { GROUP_LIMITS } from '@intervision/shared';
import { useGroupAction } from './useGroupAction';

interface Props {
  agreement: string;
  save: (agreement: string) => Promise<unknown>;
  reload: () => Promise<void>;
}

/** The facilitator words the group's agreement; members see the new text on their page. */
export function AgreementEditor({ agreement, save, reload }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(agreement);
  const action = useGroupAction(reload);
  return (
    <div className="stack">
      <label className="field">
        <span>{t('groups.agreement.title')}</span>
        <textarea
          data-testid="group-agreement-edit"
          rows={5}
          maxLength={GROUP_LIMITS.agreementMax}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <ActionError error={action.error} />
      <button
        className="button"
        data-testid="group-agreement-save"
        disabled={action.busy || text.trim() === agreement.trim()}
        onClick={() => void action.run(() => save(text.trim()))}
      >
        {t('groups.agreement.save')}
      </button>
    </div>
  );
}
