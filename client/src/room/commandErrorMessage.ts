import type { ErrorCode } from '@intervision/shared';

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  presenter_required: 'Choose a presenter first.',
  invalid_transition: 'That is not possible at this point of the session.',
  forbidden: 'Only the chair can do that.',
  session_ended: 'The session has ended.',
  bad_request: 'That was not accepted.',
  not_found: 'That person is no longer in the session.',
};

/** A short sentence for a refused command; the server's own message is the fallback. */
export function commandErrorMessage(code: ErrorCode, serverMessage?: string): string {
  return MESSAGES[code] ?? serverMessage ?? 'Something went wrong; please try again.';
}
