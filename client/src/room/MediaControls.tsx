import type { MediaPolicyState } from '../session/useMediaPolicy';
import type { MediaStatus } from '../session/useMediaConnection';

interface Props {
  policy: MediaPolicyState;
  status: MediaStatus;
}

interface ToggleProps {
  label: string;
  on: boolean;
  blocked: boolean;
  disabled: boolean;
  onToggle: () => void;
  testId: string;
}

function DeviceToggle({ label, on, blocked, disabled, onToggle, testId }: ToggleProps) {
  return (
    <button
      className={`button device-toggle__button${on ? ' device-toggle__button--on' : ''}`}
      data-testid={testId}
      aria-pressed={on}
      disabled={disabled || blocked}
      aria-describedby={blocked ? 'media-blocked-reason' : undefined}
      onClick={onToggle}
    >
      {label} {on ? 'on' : 'off'}
    </button>
  );
}

const STATUS_NOTE: Record<Exclude<MediaStatus, 'ready'>, string> = {
  pending: 'Connecting video…',
  unavailable: 'Video is unavailable right now; the session still runs. Retrying…',
  disabled: 'Video is not set up on this server; the session runs without it.',
};

/** Your microphone and camera; when the phase or the server holds them off, it says why. */
export function MediaControls({ policy, status }: Props) {
  const noMedia = status !== 'ready';
  const reasons = [
    ...new Set([policy.micBlocked, policy.camBlocked].filter((r): r is string => r !== null)),
  ];
  return (
    <section className="media-controls card" aria-label="Your microphone and camera">
      {status !== 'ready' && (
        <p className="muted small" role="status">
          {STATUS_NOTE[status]}
        </p>
      )}
      <div className="button-row">
        <DeviceToggle
          label="Microphone"
          on={policy.micOn}
          blocked={policy.micBlocked !== null}
          disabled={noMedia}
          onToggle={() => policy.toggle('microphone')}
          testId="toggle-mic"
        />
        <DeviceToggle
          label="Camera"
          on={policy.camOn}
          blocked={policy.camBlocked !== null}
          disabled={noMedia}
          onToggle={() => policy.toggle('camera')}
          testId="toggle-cam"
        />
      </div>
      {reasons.length > 0 && (
        <p
          className="media-controls__reason"
          id="media-blocked-reason"
          data-testid="media-blocked-reason"
        >
          {reasons.join(' ')}
        </p>
      )}
    </section>
  );
}
