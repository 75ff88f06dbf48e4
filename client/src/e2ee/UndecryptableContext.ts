import { createContext, useContext } from 'react';
import type { Undecryptable } from './useUndecryptable';

/** Who this browser cannot decrypt, for the tiles deep in the stage to show it on the person. */
export const UndecryptableContext = createContext<Undecryptable[]>([]);

export function useUndecryptablePerson(identity: string | undefined): Undecryptable | undefined {
  const people = useContext(UndecryptableContext);
  return identity ? people.find((p) => p.identity === identity) : undefined;
}
