import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks once more before ending the session for everyone; Escape cancels. */
export function EndConfirm({ onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-labelledby="end-confirm-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <p id="end-confirm-title">{t('chair.endConfirm')}</p>
      <div className="button-row">
        <button className="button button--danger" data-testid="end-confirm" onClick={onConfirm}>
          {t('chair.endYes')}
        </button>
        <button className="button" ref={cancelRef} data-testid="end-cancel" onClick={onCancel}>
          {t('chair.endNo')}
        </button>
      </div>
    </div>
  );
}
