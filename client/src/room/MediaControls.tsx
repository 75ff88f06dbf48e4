import type { Role } from '@intervision/shared';
import { useTranslation } from 'react-i18next';
import type { MediaBlock, MediaPolicyState } from '../session/useMediaPolicy';
import type { MediaStatus } from '../session/useMediaConnection';

interface Props {
  policy: MediaPolicyState;
  status: MediaStatus;
  role: Role;
  /** The microphone is held off by a strict speaking round, not by the phase. */
  waitingForTurn?: boolean;
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
      {label}
    </button>
  );
}

const STATUS_NOTE = {
  pending: 'media.pending',
  unavailable: 'media.unavailable',
  disabled: 'media.disabled',
} as const satisfies Record<Exclude<MediaStatus, 'ready'>, string>;

/** Your microphone and camera; when the phase or the server holds them off, it says why. */
export function MediaControls({ policy, status, role, waitingForTurn = false }: Props) {
  const { t } = useTranslation();
  const noMedia = status !== 'ready';
  const reasonText = (block: MediaBlock) =>
    block === 'server'
      ? t('media.waitingForServer')
      : role === 'presenter'
        ? t('media.listenPresenter')
        : t('media.listenOther');
  const micReason = (block: MediaBlock) =>
    block === 'listen' && waitingForTurn ? t('media.notYourTurn') : reasonText(block);
  const reasons = [
    ...new Set([
      ...(policy.micBlocked !== null ? [micReason(policy.micBlocked)] : []),
      ...(policy.camBlocked !== null ? [reasonText(policy.camBlocked)] : []),
    ]),
  ];
  return (
    <section className="media-controls card" aria-label={t('media.region')}>
      {status !== 'ready' && (
        <p className="muted small" role="status">
          {t(STATUS_NOTE[status])}
        </p>
      )}
      <div className="button-row">
        <DeviceToggle
          label={policy.micOn ? t('media.micOn') : t('media.micOff')}
          on={policy.micOn}
          blocked={policy.micBlocked !== null}
          disabled={noMedia}
          onToggle={() => policy.toggle('microphone')}
          testId="toggle-mic"
        />
        <DeviceToggle
          label={policy.camOn ? t('media.camOn') : t('media.camOff')}
          on={policy.camOn}
          blocked={policy.camBlocked !== null}
          disabled={noMedia}
          onToggle={() => policy.toggle('camera')}
          testId="toggle-cam"
        />
      </div>
      {(policy.failed.microphone || policy.failed.camera) && (
        <p className="alert alert--warning" role="alert" data-testid="device-failed">
          {t('media.deviceFailed')}
        </p>
      )}
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
