import { useEffect, useRef } from 'react';

interface Props {
  name: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks the chair once more before removing someone; Escape cancels, and "keep" has the focus. */
export function RemoveConfirm({ name, onConfirm, onCancel }: Props) {
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
      <p id="remove-confirm-title">Remove {name} from this session?</p>
      <p id="remove-confirm-detail" className="muted">
        They leave the call at once. Anyone with the invite link can join again.
      </p>
      <div className="button-row">
        <button className="button button--danger" data-testid="remove-confirm" onClick={onConfirm}>
          Yes, remove
        </button>
        <button className="button" ref={cancelRef} data-testid="remove-cancel" onClick={onCancel}>
          Keep them
        </button>
      </div>
    </div>
  );
}
