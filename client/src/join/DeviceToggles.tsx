import { useTranslation } from 'react-i18next';
/** What the person chose on the join screen for their camera and microphone. */
export interface DeviceChoices {
  micOn: boolean;
  camOn: boolean;
  audioDeviceId?: string;
  videoDeviceId?: string;
}

interface Props {
  choices: DeviceChoices;
  onChange: (next: DeviceChoices) => void;
}

/** Microphone and camera on or off at entry: plain inputs, usable before the media code loads. */
export function DeviceToggles({ choices, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="preview__toggles">
      <label className="field field--inline">
        <input
          type="checkbox"
          data-testid="join-mic"
          checked={choices.micOn}
          onChange={(e) => onChange({ ...choices, micOn: e.target.checked })}
        />
        <span>{t('device.micOnEnter')}</span>
      </label>
      <label className="field field--inline">
        <input
          type="checkbox"
          data-testid="join-cam"
          checked={choices.camOn}
          onChange={(e) => onChange({ ...choices, camOn: e.target.checked })}
        />
        <span>{t('device.camOnEnter')}</span>
      </label>
    </div>
  );
}
