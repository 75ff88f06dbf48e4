import { ApiError } from '../api/ApiError';

/** What can keep someone from a group page, each explained calmly on the page. */
export type GroupProblem =
  | 'bad_link'
  | 'no_media_key'
  | 'unauthorized'
  | 'not_found'
  | 'enrolment_closed'
  | 'group_full'
  | 'deleted'
  | 'unreachable';

/** The problem an API failure means for a person opening a group link. */
export function groupProblemOf(err: unknown): GroupProblem {
  if (!(err instanceof ApiError)) return 'unreachable';
  switch (err.code) {
    case 'unauthorized':
      return 'unauthorized';
    case 'not_found':
      return 'not_found';
    case 'forbidden':
      return 'enrolment_closed';
    case 'session_full':
      return 'group_full';
    default:
      return 'unreachable';
  }
}
