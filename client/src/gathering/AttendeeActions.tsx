import { useLocalParticipant } from '@livekit/components-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GatheringMember } from './gatheringContract';
import type { SendGatheringCommand } from './useGathering';

interface Props {
  me: GatheringMember;
  /** Whether this person may speak where they are now. */
  micAllowed: boolean;
  connected: boolean;
  send: SendGatheringCommand;
}

/** Your microphone and camera, your hand, and the button that brings a helper. */
export function AttendeeActions({ me, micAllowed, connected, send }: Props) {
  const { t } = useTranslation();
  const { localParticipant, isMicrophoneEnabled, isCameraEnabled } = useLocalParticipant();
  const [failed, setFailed] = useState(false);
  const run = (p: Promise<unknown>) =>
    p.then(
      () => setFailed(false),
      () => setFailed(true),
    );
  return (
    <section className="card stack gathering-actions" aria-label={t('gathering.actions.region')}>
      <div className="button-row">
        <button
          className={`button device-toggle__button${isMicrophoneEnabled ? ' device-toggle__button--on' : ''}`}
          data-testid="toggle-mic"
          aria-pressed={isMicrophoneEnabled}
          disabled={!connected || (!micAllowed && !isMicrophoneEnabled)}
          aria-describedby={micAllowed ? undefined : 'gathering-mic-reason'}
          onClick={() => void run(localParticipant.setMicrophoneEnabled(!isMicrophoneEnabled))}
        >
          {isMicrophoneEnabled ? t('media.micOn') : t('media.micOff')}
        </button>
        <button
          className={`button device-toggle__button${isCameraEnabled ? ' device-toggle__button--on' : ''}`}
          data-testid="toggle-cam"
          aria-pressed={isCameraEnabled}
          disabled={!connected}
          onClick={() => void run(localParticipant.setCameraEnabled(!isCameraEnabled))}
        >
          {isCameraEnabled ? t('media.camOn') : t('media.camOff')}
        </button>
      </div>
      {!micAllowed && (
        <p className="muted small" id="gathering-mic-reason" data-testid="mic-reason">
          {t('gathering.actions.micPlenary')}
        </p>
      )}
      {failed && (
        <p className="alert alert--warning" role="alert">
          {t('media.deviceFailed')}
        </p>
      )}
      <div className="button-row">
        {me.role === 'attendee' && !me.hasFloor && (
          <button
            className="button"
            data-testid="hand-toggle"
            aria-pressed={me.handRaised}
            onClick={() => void send(me.handRaised ? 'hand:lower' : 'hand:raise', {})}
          >
            {me.handRaised ? t('gathering.actions.lowerHand') : t('gathering.actions.raiseHand')}
          </button>
        )}
        {me.role !== 'helper' && (
          <button
            className="button"
            data-testid="need-help"
            aria-pressed={me.needsHelp}
            disabled={me.needsHelp}
            onClick={() => void send('help:request', {})}
          >
            {me.needsHelp ? t('gathering.actions.helpAsked') : t('gathering.actions.needHelp')}
          </button>
        )}
      </div>
    </section>
  );
}
