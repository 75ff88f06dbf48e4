import { useUndecryptablePerson } from './UndecryptableContext';
import './undecryptable.css';
import { useTranslation } from 'react-i18next';

/** Covers a tile whose video cannot be decrypted here with a calm sentence instead of black. */
export function UndecryptableTile({ identity }: { identity: string | undefined }) {
  const { t } = useTranslation();
  const person = useUndecryptablePerson(identity);
  if (!person) return null;
  return (
    <div className="undecryptable-tile" data-testid="undecryptable-tile" data-identity={identity}>
      <p>{t('room.undecryptable', { name: person.name })}</p>
    </div>
  );
}
