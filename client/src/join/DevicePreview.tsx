import '@livekit/components-styles';
import { Track, type LocalAudioTrack, type LocalVideoTrack } from 'livekit-client';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DeviceSelect } from './DeviceSelect';
import type { DeviceChoices } from './DeviceToggles';
import { PreviewPlaceholder } from './PreviewPlaceholder';
import { usePreviewTracks } from './usePreviewTracks';

interface Props {
  choices: DeviceChoices;
  onChange: (next: DeviceChoices) => void;
  onError: (err: Error) => void;
  /** The on/off toggles, shown between the preview and the device lists. */
  children: ReactNode;
}

/**
 * Camera and microphone preview with device selection, before anything is sent anywhere. Loaded
 * apart from the join page (it needs the LiveKit SDK), see `DeviceSection`.
 */
export function DevicePreview({ choices, onChange, onError, children }: Props) {
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
    <>
      <div className="preview__video">
        {videoTrack && camOn ? (
          <video ref={videoEl} muted playsInline aria-label={t('device.preview')} />
        ) : (
          <PreviewPlaceholder camOn={camOn} failed={failed} />
        )}
      </div>
      {children}
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
    </>
  );
}
