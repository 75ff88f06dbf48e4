import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../room/ConfirmDialog';
import { ActionError } from './ActionError';
import { useGroupAction } from './useGroupAction';

interface Props {
  remove: () => Promise<void>;
  onDeleted: () => void;
}

/** Deletes the group and everything in it, after asking once more. */
export function DeleteGroup({ remove, onDeleted }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const action = useGroupAction(async () => undefined);
  return (
    <div className="stack">
      <button
        className="button button--danger"
        data-testid="group-delete"
        disabled={action.busy}
        onClick={() => setAsking(true)}
      >
        {t('groups.delete.button')}
      </button>
      {asking && (
        <ConfirmDialog
          id="group-delete"
          question={t('groups.delete.confirm')}
          detail={t('groups.delete.detail')}
          confirmLabel={t('groups.delete.yes')}
          cancelLabel={t('groups.cancel')}
          onConfirm={() => {
            setAsking(false);
            void action.run(remove).then((done) => done && onDeleted());
          }}
          onCancel={() => setAsking(false)}
        />
      )}
      <ActionError error={action.error} />
    </div>
  );
}
