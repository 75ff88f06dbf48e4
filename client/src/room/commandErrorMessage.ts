import type { ErrorCode } from '@intervision/shared';
import type { TFunction } from 'i18next';

const EXPLAINED = [
  'presenter_required',
  'invalid_transition',
  'forbidden',
  'session_ended',
  'bad_request',
  'not_found',
  'rate_limited',
  'no_round',
  'not_your_turn',
] as const satisfies readonly ErrorCode[];

type Explained = (typeof EXPLAINED)[number];

/**
 * A short sentence for a refused command in the person's language. The server's own message is
 * English, so it is never shown: unknown codes get the general sentence.
 */
export function commandErrorMessage(t: TFunction, code: ErrorCode): string {
  return (EXPLAINED as readonly ErrorCode[]).includes(code)
    ? t(`command.${code as Explained}`)
    : t('command.fallback');
}
