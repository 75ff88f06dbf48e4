import { useLocalParticipant } from '@livekit/components-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLENARY, type GatheringMemberView, type GatheringRights } from '@intervision/shared';
import type { SendGatheringCommand } from './useGathering';

interface Props {
  me: GatheringMemberView;
  /** What the server lets this person do where they are now. */
  rights: GatheringRights;
  connected: boolean;
  send: SendGatheringCommand;
}

/** Your microphone and camera, your hand, and the button that brings a helper. */
export function AttendeeActions({ me, rights, connected, send }: Props) {
  const micAllowed = rights.microphone;
  const handUp = me.handRaisedAt !== null;
  const helpAsked = me.needsHelpAt !== null;
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
          {me.place === PLENARY
            ? t('gathering.actions.micPlenary')
            : t('gathering.actions.micListen')}
        </p>
      )}
      {failed && (
        <p className="alert alert--warning" role="alert">
          {t('media.deviceFailed')}
        </p>
      )}
      <div className="button-row">
        {me.role === 'attendee' && !me.floor && (
          <button
            className="button"
            data-testid="hand-toggle"
            aria-pressed={handUp}
            onClick={() => void send(handUp ? 'hand:lower' : 'hand:raise')}
          >
            {handUp ? t('gathering.actions.lowerHand') : t('gathering.actions.raiseHand')}
          </button>
        )}
        {me.role !== 'helper' && (
          <button
            className="button"
            data-testid="need-help"
            aria-pressed={helpAsked}
            onClick={() => void send(helpAsked ? 'help:cancel' : 'help:request')}
          >
            {helpAsked ? t('gathering.actions.cancelHelp') : t('gathering.actions.needHelp')}
          </button>
        )}
      </div>
      <div role="status" className="small" data-testid="help-status">
        {helpAsked && t('gathering.actions.helpAsked')}
      </div>
    </section>
  );
}
