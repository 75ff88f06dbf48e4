import type { Undecryptable } from './useUndecryptable';
import { useTranslation } from 'react-i18next';

/** A calm explanation in place of a black tile when someone's video cannot be decrypted here. */
export function UndecryptableNotice({ people }: { people: Undecryptable[] }) {
  const { t } = useTranslation();
  if (people.length === 0) return null;
  return (
    <div className="alert alert--warning" role="status" data-testid="undecryptable">
      {people.map((p) => (
        <p key={p.identity} data-identity={p.identity}>
          {t('room.undecryptable', { name: p.name })}
        </p>
      ))}
    </div>
  );
}
