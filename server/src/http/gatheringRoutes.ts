import {
  createGatheringSchema,
  gatheringIdSchema,
  joinGatheringSchema,
  type GatheringTokenResponse,
} from '@intervision/shared';
import express, { type Request, type Router } from 'express';
import type { GatheringService } from '../gatherings/gatheringService.js';
import { ServiceError } from '../sessions/serviceError.js';
import { badRequest } from './badRequest.js';

const json = express.json({ limit: '16kb' });

const gatheringIdOf = (req: Request): string => {
  const parsed = gatheringIdSchema.safeParse(req.params.id);
  if (!parsed.success) throw new ServiceError('not_found', 'No such gathering.');
  return parsed.data;
};

const bearerOf = (req: Request): string => {
  const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(req.get('authorization') ?? '');
  if (!match?.[1]) throw new ServiceError('unauthorized', 'A bearer credential is required.');
  return match[1];
};

/** The gathering routes under /api/gatherings; every body validated, every failure a contract error. */
export function createGatheringRouter(service: GatheringService): Router {
  const r = express.Router();

  r.post('/gatherings', json, (req, res) => {
    const parsed = createGatheringSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw badRequest(parsed.error.issues);
    res.status(201).json(service.create(parsed.data));
  });

  r.post('/gatherings/:id/join', json, (req, res) => {
    const id = gatheringIdOf(req);
    const parsed = joinGatheringSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw badRequest(parsed.error.issues);
    const { secret, name, credential } = parsed.data;
    res.json(service.join(id, secret, name, credential));
  });

  r.post('/gatherings/:id/token', async (req, res) => {
    const id = gatheringIdOf(req);
    const caller = service.authenticate(bearerOf(req));
    if (caller.gatheringId !== id)
      throw new ServiceError('forbidden', 'Not a member of this gathering.');
    const body: GatheringTokenResponse = { livekit: await service.mediaToken(caller) };
    res.json(body);
  });

  r.delete('/gatherings/:id', async (req, res) => {
    const id = gatheringIdOf(req);
    await service.delete(id, service.authenticate(bearerOf(req)));
    res.status(204).end();
  });

  return r;
}
