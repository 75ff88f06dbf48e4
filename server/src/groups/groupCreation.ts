import {
  findMethod,
  GROUP_LIMITS,
  type CreateGroupRequest,
  type CreateGroupResponse,
} from '@intervision/shared';
import { hashSecret, newId, newSecret } from '../sessions/secrets.js';
import { ServiceError } from '../sessions/serviceError.js';
import { enrolUrl, personalUrl, type GroupDeps } from './groupDeps.js';
import { newMember } from './memberSecrets.js';
import { validateSchedule } from './schedule.js';

/** Creates a group: its facilitator (the creator) and its enrolment link. */
export async function createGroup(
  deps: GroupDeps,
  req: CreateGroupRequest,
): Promise<CreateGroupResponse> {
  const method = findMethod(req.method);
  if (!method) throw new ServiceError('bad_request', `Unknown method "${req.method}".`);
  const durations = req.durations ?? {};
  const unknown = Object.keys(durations).filter((id) => !method.phases.some((p) => p.id === id));
  if (unknown.length > 0) {
    throw new ServiceError('bad_request', `Unknown phase ids: ${unknown.join(', ')}.`);
  }
  const now = deps.now();
  if (req.schedule) validateSchedule(req.schedule, now);
  const id = newId();
  const enrolSecret = newSecret();
  const facilitator = newMember(id, req.facilitatorName ?? 'Facilitator', 'facilitator', now);
  await deps.store.createGroup(
    {
      id,
      title: req.title,
      methodId: method.id,
      durations: Object.fromEntries(
        method.phases.map((p) => [p.id, durations[p.id] ?? p.defaultSeconds]),
      ),
      maxMembers: req.maxMembers ?? GROUP_LIMITS.defaultMaxMembers,
      agreement: req.agreement ?? '',
      enrolSecretHash: hashSecret(enrolSecret),
      enrolmentOpen: true,
      schedule: req.schedule ?? null,
      createdAt: now,
    },
    facilitator.member,
  );
  deps.logger.info({ groupId: id }, 'group created');
  return {
    id,
    facilitatorUrl: personalUrl(deps, id, facilitator.secret),
    enrolUrl: enrolUrl(deps, id, enrolSecret),
  };
}
