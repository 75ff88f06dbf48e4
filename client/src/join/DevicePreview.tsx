import '@livekit/components-styles';
import { MediaDeviceSelect, usePreviewTracks } from '@livekit/components-react';
import { Track, type LocalAudioTrack, type LocalVideoTrack } from 'livekit-client';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { DeviceChoices } from './DeviceToggles';
import { PreviewPlaceholder } from './PreviewPlaceholder';

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
  const tracks = usePreviewTracks(options, onError);
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
          <video ref={videoEl} muted playsInline aria-label="Your camera preview" />
        ) : (
          <PreviewPlaceholder camOn={camOn} />
        )}
      </div>
      {children}
      {camOn && videoTrack && (
        <DeviceSelect
          kind="videoinput"
          label="Camera"
          track={videoTrack}
          selected={choices.videoDeviceId}
          onSelect={(id) => onChange({ ...choices, videoDeviceId: id })}
        />
      )}
      {micOn && audioTrack && (
        <DeviceSelect
          kind="audioinput"
          label="Microphone"
          track={audioTrack}
          selected={choices.audioDeviceId}
          onSelect={(id) => onChange({ ...choices, audioDeviceId: id })}
        />
      )}
    </>
  );
}

interface DeviceSelectProps {
  kind: 'videoinput' | 'audioinput';
  label: string;
  track: LocalVideoTrack | LocalAudioTrack;
  selected: string | undefined;
  onSelect: (deviceId: string) => void;
}

/** One device list, switching the live preview track as the person chooses. */
function DeviceSelect({ kind, label, track, selected, onSelect }: DeviceSelectProps) {
  return (
    <div className="device-select" role="group" aria-label={`Choose a ${label.toLowerCase()}`}>
      <span className="device-select__label">{label}</span>
      <MediaDeviceSelect
        kind={kind}
        track={track}
        initialSelection={selected}
        onActiveDeviceChange={onSelect}
      />
    </div>
  );
}
