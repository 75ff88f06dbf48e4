import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';

interface Props {
  name: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks the chair once more before removing someone. */
export function RemoveConfirm({ name, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      id="remove"
      question={t('people.removeConfirm', { name })}
      detail={t('people.removeDetail')}
      confirmLabel={t('people.removeYes')}
      cancelLabel={t('people.removeNo')}
      testId="remove-confirm-dialog"
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
