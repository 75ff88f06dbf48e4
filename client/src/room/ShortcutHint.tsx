import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

/** The keys are the keys on the keyboard in every language; only what they do is translated. */
const HINTS = [
  { keys: ['S'], does: 'chair.keyStart' },
  { keys: ['N'], does: 'chair.keyNext' },
  { keys: ['B'], does: 'chair.keyBack' },
  { keys: ['P'], does: 'chair.keyPause' },
  { keys: ['1', '5'], does: 'chair.keyExtend' },
] as const;

/** The chair's single-key shortcuts, spelled out. */
export function ShortcutHint() {
  const { t } = useTranslation();
  return (
    <p className="muted shortcuts">
      {t('chair.keys')}{' '}
      {HINTS.map((hint, i) => (
        <Fragment key={hint.does}>
          {i > 0 && ' · '}
          {hint.keys.map((key, k) => (
            <Fragment key={key}>
              {k > 0 && '/'}
              <kbd>{key}</kbd>
            </Fragment>
          ))}{' '}
          {t(hint.does)}
        </Fragment>
      ))}
    </p>
  );
}
