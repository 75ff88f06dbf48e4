import { useEffect, useRef } from 'react';

interface Props {
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks once more before ending the session for everyone; Escape cancels. */
export function EndConfirm({ onConfirm, onCancel }: Props) {
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
      <p id="end-confirm-title">End the session for everyone? This cannot be undone.</p>
      <div className="button-row">
        <button className="button button--danger" data-testid="end-confirm" onClick={onConfirm}>
          Yes, end the session
        </button>
        <button className="button" ref={cancelRef} data-testid="end-cancel" onClick={onCancel}>
          Keep going
        </button>
      </div>
    </div>
  );
}
