import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  name: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks the chair once more before removing someone; Escape cancels, and "keep" has the focus. */
export function RemoveConfirm({ name, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-labelledby="remove-confirm-title"
      aria-describedby="remove-confirm-detail"
      data-testid="remove-confirm-dialog"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <p id="remove-confirm-title">{t('people.removeConfirm', { name })}</p>
      <p id="remove-confirm-detail" className="muted">
        {t('people.removeDetail')}
      </p>
      <div className="button-row">
        <button className="button button--danger" data-testid="remove-confirm" onClick={onConfirm}>
          {t('people.removeYes')}
        </button>
        <button className="button" ref={cancelRef} data-testid="remove-cancel" onClick={onCancel}>
          {t('people.removeNo')}
        </button>
      </div>
    </div>
  );
}
