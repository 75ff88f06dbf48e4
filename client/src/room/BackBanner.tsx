import { useEffect } from 'react';

const SHOW_MS = 15_000;

/** The presenter's "you're back" moment when invited to respond after listening. */
export function BackBanner({ onDone }: { onDone: () => void }) {
  useEffect(() => {
    const timer = window.setTimeout(onDone, SHOW_MS);
    return () => window.clearTimeout(timer);
  }, [onDone]);
  return (
    <div className="banner banner--welcome" role="status" data-testid="back-banner">
      <strong>You're back.</strong> Your microphone and camera return as you had them. Say what
      resonated and what you want to explore further.
      <button className="button button--small" onClick={onDone}>
        OK
      </button>
    </div>
  );
}
