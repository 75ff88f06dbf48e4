import type { ErrorCode } from '@intervision/shared';

/** Everything that can stand between a person and the room, as the join screen explains it. */
export type JoinProblem =
  | ErrorCode
  | 'network'
  | 'bad_link'
  | 'no_media_key'
  | 'e2ee_unsupported'
  | 'deleted'
  | 'removed'
  | 'expired'
  | 'camera_denied';

/** The problems the resources explain by name; anything else gets the general explanation. */
const EXPLAINED = [
  'session_full',
  'session_ended',
  'not_found',
  'deleted',
  'removed',
  'expired',
  'unauthorized',
  'bad_link',
  'no_media_key',
  'e2ee_unsupported',
  'camera_denied',
  'network',
  'media_unavailable',
  'bad_request',
  'rate_limited',
] as const satisfies readonly JoinProblem[];

/** The key under `problem.` in the resources that explains this problem. */
export type ProblemKey = (typeof EXPLAINED)[number] | 'fallback';

/** Problems after which the join form cannot help: the way in is closed. */
const CLOSED = new Set<JoinProblem>([
  'session_ended',
  'not_found',
  'deleted',
  'removed',
  'expired',
  'unauthorized',
  'bad_link',
  'no_media_key',
  'e2ee_unsupported',
]);

export function problemKey(problem: JoinProblem): ProblemKey {
  return (EXPLAINED as readonly JoinProblem[]).includes(problem)
    ? (problem as ProblemKey)
    : 'fallback';
}

/** Whether the join form can still help (a retry or another name), or the way in is closed. */
export function canRetry(problem: JoinProblem): boolean {
  return !CLOSED.has(problem);
}
