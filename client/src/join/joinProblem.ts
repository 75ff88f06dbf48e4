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

interface Explanation {
  title: string;
  message: string;
  /** Whether the join form can still help (a retry or another name), or the way in is closed. */
  canRetry: boolean;
}

const EXPLANATIONS: Partial<Record<JoinProblem, Explanation>> = {
  session_full: {
    title: 'This group is full',
    message:
      'The group already has as many members as the chair allowed. Ask the chair whether someone can make room.',
    canRetry: true,
  },
  session_ended: {
    title: 'This session has ended',
    message:
      'The chair has closed this session. If you expected to meet today, ask the chair for a new link.',
    canRetry: false,
  },
  not_found: {
    title: 'This session does not exist',
    message:
      'The session was deleted by the chair, or the link is wrong. Ask the chair for a new link.',
    canRetry: false,
  },
  deleted: {
    title: 'This session was deleted',
    message: 'The chair deleted this session and everything stored about it.',
    canRetry: false,
  },
  removed: {
    title: 'You are no longer in this session',
    message:
      'The chair has removed you from this session. If you think this was a mistake, contact the chair.',
    canRetry: false,
  },
  expired: {
    title: 'This session has closed',
    message:
      'It was not started within the time allowed, or it ended a while ago, so everything stored about it was deleted. Ask the chair for a new link if you still meet.',
    canRetry: false,
  },
  unauthorized: {
    title: 'This link does not work',
    message:
      'The link is not valid for this session. Check you copied all of it, including the part after “#”.',
    canRetry: false,
  },
  bad_link: {
    title: 'This link is incomplete',
    message:
      'The part of the link after “#” is missing. Copy the whole link again, or ask the chair to resend it.',
    canRetry: false,
  },
  no_media_key: {
    title: 'This link is incomplete',
    message:
      'The end of the link is missing: the part that keeps your video and sound private to the group. Ask the chair for the full link and open it exactly as you received it.',
    canRetry: false,
  },
  e2ee_unsupported: {
    title: 'This browser cannot join privately',
    message:
      'Video and sound in this session are encrypted so that only the group can see and hear them, and this browser cannot do that. Open the link in an up-to-date Chrome, Edge, Firefox or Safari.',
    canRetry: false,
  },
  camera_denied: {
    title: 'Camera or microphone blocked',
    message:
      'Your browser did not allow the camera or microphone. You can still join and listen. To be seen and heard, allow access in the address bar (the camera or padlock icon) and reload.',
    canRetry: true,
  },
  network: {
    title: 'No connection',
    message: 'The server cannot be reached. Check your internet connection and try again.',
    canRetry: true,
  },
  media_unavailable: {
    title: 'Video is unavailable',
    message:
      'Video and sound cannot be reached right now. The session still runs; we keep trying to connect.',
    canRetry: true,
  },
  bad_request: {
    title: 'Please check your name',
    message: 'Enter a name of up to 60 characters.',
    canRetry: true,
  },
};

const FALLBACK: Explanation = {
  title: 'Something went wrong',
  message: 'Please try again in a moment.',
  canRetry: true,
};

export function explainJoinProblem(problem: JoinProblem): Explanation {
  return EXPLANATIONS[problem] ?? FALLBACK;
}
