import { useMediaDeviceSelect } from '@livekit/components-react';
import type { LocalAudioTrack, LocalVideoTrack } from 'livekit-client';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  kind: 'videoinput' | 'audioinput';
  label: string;
  track: LocalVideoTrack | LocalAudioTrack;
  selected: string | undefined;
  onSelect: (deviceId: string) => void;
}

/**
 * One device list as a native select, switching the live preview track as the person chooses. A
 * native select is announced correctly everywhere and always shows which device is in use; the
 * library's clickable list nested buttons in list items without a list role around them.
 */
export function DeviceSelect({ kind, label, track, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { devices, activeDeviceId, setActiveMediaDevice } = useMediaDeviceSelect({ kind, track });
  const inUse = track.mediaStreamTrack.getSettings().deviceId;
  const known = (deviceId: string | undefined) =>
    deviceId !== undefined && devices.some((d) => d.deviceId === deviceId) ? deviceId : undefined;
  const value = known(selected) ?? known(inUse) ?? known(activeDeviceId) ?? devices[0]?.deviceId;
  return (
    <div className="field device-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        data-testid={`device-${kind}`}
        value={value ?? ''}
        disabled={devices.length === 0}
        onChange={(e) => {
          const next = e.target.value;
          onSelect(next);
          void setActiveMediaDevice(next);
        }}
      >
        {devices.length === 0 && <option value="">{t('device.noDevices')}</option>}
        {devices.map((d, i) => (
          <option key={d.deviceId || i} value={d.deviceId}>
            {d.label || t('device.deviceFallback', { number: i + 1 })}
          </option>
        ))}
      </select>
    </div>
  );
}
