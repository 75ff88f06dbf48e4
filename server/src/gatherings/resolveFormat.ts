import {
  DYAD_SUPERVISION,
  findMethod,
  methodAsFormat,
  OPEN_TALK_DEFAULT_MINUTES,
  openTalk,
  type BreakoutFormat,
} from '@intervision/shared';
import { ServiceError } from '../sessions/serviceError.js';

/** The format `breakouts:open` names: a quick format or a method from the library. */
export function resolveFormat(id: string | undefined, minutes: number | undefined): BreakoutFormat {
  if (id === undefined || id === 'open-talk') return openTalk(minutes ?? OPEN_TALK_DEFAULT_MINUTES);
  if (id === DYAD_SUPERVISION.id) return DYAD_SUPERVISION;
  const method = findMethod(id);
  if (!method) throw new ServiceError('not_found', `No such breakout format: ${id}.`);
  return methodAsFormat(method);
}
