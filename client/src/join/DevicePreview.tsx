import { usePreviewTracks } from '@livekit/components-react';
import { Track, type LocalAudioTrack, type LocalVideoTrack } from 'livekit-client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeviceSelect } from './DeviceSelect';

export interface DeviceChoices {
  micOn: boolean;
  camOn: boolean;
  audioDeviceId?: string;
  videoDeviceId?: string;
}

interface Props {
  choices: DeviceChoices;
  onChange: (next: DeviceChoices) => void;
  onError: (err: Error) => void;
}

/** Camera and microphone preview with device selection, before anything is sent anywhere. */
export function DevicePreview({ choices, onChange, onError }: Props) {
  const { t } = useTranslation();
  const { micOn, camOn } = choices;
  // Device switches go through the live preview track; recreating the tracks only on/off keeps the
  // preview from flickering on every selection.
  const initialIds = useRef({ audio: choices.audioDeviceId, video: choices.videoDeviceId });
  const options = useMemo(
    () => ({
      audio: micOn ? { deviceId: initialIds.current.audio } : false,
      video: camOn ? { deviceId: initialIds.current.video } : false,
    }),
    [micOn, camOn],
  );
  // A refused camera never starts: say so instead of "Starting camera…" for ever.
  const [failed, setFailed] = useState(false);
  const onTrackError = useCallback(
    (err: Error) => {
      setFailed(true);
      onError(err);
    },
    [onError],
  );
  const tracks = usePreviewTracks(options, onTrackError);
  const videoTrack = tracks?.find((t) => t.kind === Track.Kind.Video) as
    LocalVideoTrack | undefined;
  const audioTrack = tracks?.find((t) => t.kind === Track.Kind.Audio) as
    LocalAudioTrack | undefined;
  const videoEl = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    if (!videoEl.current || !videoTrack) return undefined;
    videoTrack.attach(videoEl.current);
    return () => {
      videoTrack.detach();
    };
  }, [videoTrack]);

  return (
    <fieldset className="preview stack">
      <legend>{t('device.legend')}</legend>
      <div className="preview__video">
        {videoTrack && camOn ? (
          <video ref={videoEl} muted playsInline aria-label={t('device.preview')} />
        ) : (
          <p className="preview__off">
            {!camOn ? t('device.off') : failed ? t('device.failed') : t('device.starting')}
          </p>
        )}
      </div>
      <div className="preview__toggles">
        <label className="field field--inline">
          <input
            type="checkbox"
            data-testid="join-mic"
            checked={micOn}
            onChange={(e) => onChange({ ...choices, micOn: e.target.checked })}
          />
          <span>{t('device.micOnEnter')}</span>
        </label>
        <label className="field field--inline">
          <input
            type="checkbox"
            data-testid="join-cam"
            checked={camOn}
            onChange={(e) => onChange({ ...choices, camOn: e.target.checked })}
          />
          <span>{t('device.camOnEnter')}</span>
        </label>
      </div>
      {camOn && videoTrack && (
        <DeviceSelect
          kind="videoinput"
          label={t('device.camera')}
          track={videoTrack}
          selected={choices.videoDeviceId}
          onSelect={(id) => onChange({ ...choices, videoDeviceId: id })}
        />
      )}
      {micOn && audioTrack && (
        <DeviceSelect
          kind="audioinput"
          label={t('device.microphone')}
          track={audioTrack}
          selected={choices.audioDeviceId}
          onSelect={(id) => onChange({ ...choices, audioDeviceId: id })}
        />
      )}
    </fieldset>
  );
}
