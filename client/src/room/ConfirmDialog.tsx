import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  /** Prefix of the element ids and test ids: `<id>-confirm-title`, `<id>-confirm`, `<id>-cancel`. */
  id: string;
  question: ReactNode;
  detail?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** Test id of the dialog itself, where a suite looks for it. */
  testId?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks the chair once more before an action that affects others: the safe answer has the focus,
 * Escape cancels.
 */
export function ConfirmDialog(props: Props) {
  const { id, question, detail, confirmLabel, cancelLabel, testId, onConfirm, onCancel } = props;
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-labelledby={`${id}-confirm-title`}
      aria-describedby={detail ? `${id}-confirm-detail` : undefined}
      data-testid={testId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <p id={`${id}-confirm-title`}>{question}</p>
      {detail && (
        <p id={`${id}-confirm-detail`} className="muted">
          {detail}
        </p>
      )}
      <div className="button-row">
        <button className="button button--danger" data-testid={`${id}-confirm`} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button className="button" ref={cancelRef} data-testid={`${id}-cancel`} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
