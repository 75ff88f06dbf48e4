import { useUndecryptablePerson } from './UndecryptableContext';
import './undecryptable.css';

/** Covers a tile whose video cannot be decrypted here with a calm sentence instead of black. */
export function UndecryptableTile({ identity }: { identity: string | undefined }) {
  const person = useUndecryptablePerson(identity);
  if (!person) return null;
  return (
    <div className="undecryptable-tile" data-testid="undecryptable-tile" data-identity={identity}>
      <p>
        We can’t show {person.name}’s video: your link may be out of date. Ask the chair for the
        link again.
      </p>
    </div>
  );
}
