import type { Undecryptable } from './useUndecryptable';

/** A calm explanation in place of a black tile when someone's video cannot be decrypted here. */
export function UndecryptableNotice({ people }: { people: Undecryptable[] }) {
  if (people.length === 0) return null;
  return (
    <div className="alert alert--warning" role="status" data-testid="undecryptable">
      {people.map((p) => (
        <p key={p.identity} data-identity={p.identity}>
          We can’t show {p.name}’s video: your link may be out of date. Ask the chair for the link
          again.
        </p>
      ))}
    </div>
  );
}
