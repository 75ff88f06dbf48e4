import {
  addCaseSchema,
  addMemberSchema,
  createGroupSchema,
  enterGroupSchema,
  groupIdSchema,
  groupPlanSchema,
  openMeetingSchema,
  patchGroupSchema,
  type AddCaseResponse,
  type OpenMeetingResponse,
  type PersonalLinkResponse,
} from '@intervision/shared';
import express, { type Request, type Router } from 'express';
import type { z } from 'zod';
import {
  cases,
  createGroup,
  entry,
  findMeeting,
  membership,
  NEXT_MEETING,
  openMeetingNow,
  type GroupCaller,
  type GroupService,
} from '../groups/groupService.js';
import type { SessionRouter } from '../sessions/sessionOps.js';
import { ServiceError } from '../sessions/serviceError.js';
import { badRequest } from './badRequest.js';

const json = express.json({ limit: '16kb' });
// A development plan may be 20 000 characters of any script: up to four bytes each.
const planJson = express.json({ limit: '96kb' });

const idParam = (req: Request, name: string, what: string): string => {
  const parsed = groupIdSchema.safeParse(req.params[name]);
  if (!parsed.success) throw new ServiceError('not_found', `No such ${what}.`);
  return parsed.data;
};

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) throw badRequest(parsed.error.issues);
  return parsed.data;
}

const bearerOf = (req: Request): string => {
  const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(req.get('authorization') ?? '');
  if (!match?.[1]) throw new ServiceError('unauthorized', 'A bearer credential is required.');
  return match[1];
};

/** The group routes under /api/groups; every body validated, every failure a contract error. */
export function createGroupRouter(groups: GroupService, router: SessionRouter): Router {
  const r = express.Router();
  const deps = groups.deps;
  const callerOf = (req: Request): Promise<GroupCaller> =>
    entry.authenticateMember(deps, idParam(req, 'id', 'group'), bearerOf(req));

  r.post('/groups', json, async (req, res) => {
    res.status(201).json(await createGroup(deps, parse(createGroupSchema, req.body)));
  });

  r.post('/groups/:id/enter', json, async (req, res) => {
    const id = idParam(req, 'id', 'group');
    const { secret, name } = parse(enterGroupSchema, req.body);
    res.json(await entry.enterGroup(deps, id, secret, name));
  });

  r.get('/groups/:id', async (req, res) => {
    res.json(await groups.view(await callerOf(req)));
  });

  r.patch('/groups/:id', json, async (req, res) => {
    const caller = await callerOf(req);
    await membership.patchGroup(deps, caller, parse(patchGroupSchema, req.body));
    res.json(await groups.view(caller));
  });

  r.delete('/groups/:id', async (req, res) => {
    await groups.delete(await callerOf(req));
    res.status(204).end();
  });

  r.post('/groups/:id/agreement', async (req, res) => {
    await membership.acceptAgreement(deps, await callerOf(req));
    res.status(204).end();
  });

  r.post('/groups/:id/members', json, async (req, res) => {
    const caller = await callerOf(req);
    const { name } = parse(addMemberSchema, req.body);
    res.status(201).json(await membership.addMemberByFacilitator(deps, caller, name));
  });

  r.delete('/groups/:id/members/:memberId', async (req, res) => {
    const caller = await callerOf(req);
    await membership.removeMember(deps, caller, idParam(req, 'memberId', 'member'));
    res.status(204).end();
  });

  r.post('/groups/:id/members/:memberId/link', async (req, res) => {
    const caller = await callerOf(req);
    const url = await membership.renewLink(deps, caller, idParam(req, 'memberId', 'member'));
    const body: PersonalLinkResponse = { personalUrl: url };
    res.json(body);
  });

  r.post('/groups/:id/cases', json, async (req, res) => {
    const caller = await callerOf(req);
    const body: AddCaseResponse = {
      id: await cases.addCase(deps, caller, parse(addCaseSchema, req.body)),
    };
    res.status(201).json(body);
  });

  r.delete('/groups/:id/cases/:caseId', async (req, res) => {
    const caller = await callerOf(req);
    await cases.withdrawCase(deps, caller, idParam(req, 'caseId', 'case'));
    res.status(204).end();
  });

  r.put('/groups/:id/plan', planJson, async (req, res) => {
    const caller = await callerOf(req);
    await cases.savePlan(deps, caller, parse(groupPlanSchema, req.body).text);
    res.status(204).end();
  });

  r.post('/groups/:id/meetings', json, async (req, res) => {
    const caller = await callerOf(req);
    const { startsAt } = parse(openMeetingSchema, req.body);
    const body: OpenMeetingResponse = { meetingId: await openMeetingNow(deps, caller, startsAt) };
    res.status(201).json(body);
  });

  r.post('/groups/:id/meetings/:meetingId/join', async (req, res) => {
    const caller = await callerOf(req);
    const meetingId =
      req.params.meetingId === NEXT_MEETING ? NEXT_MEETING : idParam(req, 'meetingId', 'meeting');
    // The meeting is a session: it is joined where that session runs (another node in a cluster).
    const meeting = await findMeeting(deps, caller, meetingId);
    const op = { groupId: caller.group.id, bearer: caller.credential };
    res.json(await router.run({ kind: 'meetingJoin', sessionId: meeting.sessionId, ...op }));
  });

  r.get('/groups/:id/calendar.ics', async (req, res) => {
    const id = idParam(req, 'id', 'group');
    const query = req.query.token;
    const token =
      typeof query === 'string' && /^[A-Za-z0-9_-]{1,200}$/.test(query) ? query : undefined;
    if (query !== undefined && token === undefined) {
      throw new ServiceError('unauthorized', 'Unknown calendar token for this group.');
    }
    const group =
      token !== undefined && req.get('authorization') === undefined
        ? (await entry.authenticateCalendar(deps, id, token)).group
        : (await entry.authenticateMember(deps, id, bearerOf(req))).group;
    res
      .type('text/calendar; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="${id}.ics"`)
      .set('Cache-Control', 'private, no-store')
      .send(await groups.calendar(group));
  });

  return r;
}
