import { useTranslation } from 'react-i18next';

/**
 * Where the camera preview goes while it starts (or the media code loads), when it is off, or when
 * the browser refused the camera.
 */
export function PreviewPlaceholder({
  camOn,
  failed = false,
}: {
  camOn: boolean;
  failed?: boolean;
}) {
  const { t } = useTranslation();
  const text = !camOn ? t('device.off') : failed ? t('device.failed') : t('device.starting');
  return <p className="preview__off">{text}</p>;
}
