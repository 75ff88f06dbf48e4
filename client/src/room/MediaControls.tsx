import type { MediaPolicyState } from '../session/useMediaPolicy';
import type { MediaStatus } from '../session/useMediaConnection';

interface Props {
  policy: MediaPolicyState;
  status: MediaStatus;
}

interface ToggleProps {
  label: string;
  on: boolean;
  blocked: string | null;
  disabled: boolean;
  onToggle: () => void;
  testId: string;
}

function DeviceToggle({ label, on, blocked, disabled, onToggle, testId }: ToggleProps) {
  const reasonId = `${testId}-reason`;
  return (
    <div className="device-toggle">
      <button
        className={`button device-toggle__button${on ? ' device-toggle__button--on' : ''}`}
        data-testid={testId}
        aria-pressed={on}
        disabled={disabled || blocked !== null}
        aria-describedby={blocked ? reasonId : undefined}
        onClick={onToggle}
      >
        {label} {on ? 'on' : 'off'}
      </button>
      {blocked && (
        <p className="device-toggle__reason" id={reasonId} data-testid={`${testId}-blocked`}>
          {blocked}
        </p>
      )}
    </div>
  );
}

/** Your microphone and camera; when the phase or the server holds them off, it says why. */
export function MediaControls({ policy, status }: Props) {
  const noMedia = status !== 'ready';
  return (
    <section className="media-controls card" aria-label="Your microphone and camera">
      {noMedia && (
        <p className="muted" role="status">
          {status === 'pending' ? 'Connecting video…' : 'Video is unavailable right now; the session still runs. Retrying…'}
        </p>
      )}
      <div className="button-row">
        <DeviceToggle
          label="Microphone"
          on={policy.micOn}
          blocked={policy.micBlocked}
          disabled={noMedia}
          onToggle={() => policy.toggle('microphone')}
          testId="toggle-mic"
        />
        <DeviceToggle
          label="Camera"
          on={policy.camOn}
          blocked={policy.camBlocked}
          disabled={noMedia}
          onToggle={() => policy.toggle('camera')}
          testId="toggle-cam"
        />
      </div>
    </section>
  );
}
