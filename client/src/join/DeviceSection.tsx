import { useTranslation } from 'react-i18next';
import { lazy, Suspense } from 'react';
import { DeviceToggles, type DeviceChoices } from './DeviceToggles';
import { PreviewPlaceholder } from './PreviewPlaceholder';

// The preview needs livekit-client and its React components; they load beside the form, which is
// usable without them (the toggles are plain inputs).
const DevicePreview = lazy(() =>
  import('./DevicePreview').then((m) => ({ default: m.DevicePreview })),
);

interface Props {
  choices: DeviceChoices;
  onChange: (next: DeviceChoices) => void;
  onError: (err: Error) => void;
}

/** The join form's camera and microphone: toggles at once, the live preview once it has loaded. */
export function DeviceSection({ choices, onChange, onError }: Props) {
  const { t } = useTranslation();
  const toggles = <DeviceToggles choices={choices} onChange={onChange} />;
  return (
    <fieldset className="preview stack">
      <legend>{t('device.legend')}</legend>
      <Suspense
        fallback={
          <>
            <div className="preview__video">
              <PreviewPlaceholder camOn={choices.camOn} />
            </div>
            {toggles}
          </>
        }
      >
        <DevicePreview choices={choices} onChange={onChange} onError={onError}>
          {toggles}
        </DevicePreview>
      </Suspense>
    </fieldset>
  );
}
