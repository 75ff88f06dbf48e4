import type { SessionView } from '@intervision/shared';
import type { SessionListener } from '../sessions/sessionRegistry.js';
import type { GroupDeps } from './groupDeps.js';
import { finishMeeting } from './meetingEnd.js';
import { caseIsFor } from './presenterSuggestion.js';

/**
 * What a meeting's session does to its group, heard after each stored transition: a presenter
 * with a case waiting gets its question set (so it is pinned when reflection starts), and the end
 * is recorded. Commands go to the machine on the next tick, outside the broadcast in progress.
 */
export function meetingHooks(deps: GroupDeps): SessionListener {
  /** The presenter whose case was looked up last, per session: each is looked up once. */
  const seen = new Map<string, string>();
  const ignore = () => undefined;

  const casePresenter = async (sessionId: string, view: SessionView) => {
    const presenter = view.presenter;
    if (presenter === null || seen.get(sessionId) === presenter) return;
    seen.set(sessionId, presenter);
    if (view.question !== null || !view.groupId) return;
    const waiting = (await deps.store.listCases(view.groupId)).find(
      (c) => c.authorId === presenter && caseIsFor(c, sessionId),
    );
    if (!waiting) return;
    await deps.store.attachCase(view.groupId, waiting.id, sessionId);
    setImmediate(() => {
      const session = deps.sessions.registry.find(sessionId);
      if (!session || session.status === 'ended' || session.context.presenter !== presenter) return;
      session.actor.send({ type: 'question.set', text: waiting.question });
    });
  };

  const failed = (sessionId: string) => (err: unknown) =>
    deps.logger.error({ sessionId, err }, 'meeting hook failed');

  return {
    state(sessionId, view) {
      if (view.groupId === null) return;
      if (view.status === 'ended') {
        seen.delete(sessionId);
        finishMeeting(deps, sessionId).catch(failed(sessionId));
        return;
      }
      casePresenter(sessionId, view).catch(failed(sessionId));
    },
    warning: ignore,
    closed: (sessionId) => void seen.delete(sessionId),
    removed: ignore,
  };
}
