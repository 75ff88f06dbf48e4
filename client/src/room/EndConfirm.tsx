import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';

interface Props {
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks once more before ending the session for everyone. */
export function EndConfirm({ onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      id="end"
      question={t('chair.endConfirm')}
      confirmLabel={t('chair.endYes')}
      cancelLabel={t('chair.endNo')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
