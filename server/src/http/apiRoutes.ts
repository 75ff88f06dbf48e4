import {
  createSessionSchema,
  joinSessionSchema,
  METHODS,
  previewSessionSchema,
  sessionIdSchema,
  type HealthResponse,
  type MethodsResponse,
} from '@intervision/shared';
import express, { type Request, type RequestHandler, type Router } from 'express';
import type { Logger } from 'pino';
import type { MediaGateway } from '../media/index.js';
import type { SessionRouter } from '../sessions/sessionOps.js';
import type { Caller, SessionService } from '../sessions/sessionService.js';
import { ServiceError } from '../sessions/serviceError.js';
import { statusOf, toErrorBody } from './errorReply.js';
import { badRequest } from './badRequest.js';
import { badRequestFor, isMalformedRequest } from './malformedRequests.js';

export interface ApiDeps {
  service: SessionService;
  /** Runs session operations where the session lives (this node, or its owner in a cluster). */
  router: SessionRouter;
  media: MediaGateway;
  logger: Logger;
  /** LiveKit's signed webhooks; mounted before the JSON parser because it needs the raw body. */
  webhook?: RequestHandler;
  /** The group routes; they parse their own bodies (a development plan is larger than 16 KiB). */
  groups?: Router;
  /** The gathering routes; they parse their own bodies. */
  gatherings?: Router;
}

const sessionIdOf = (req: Request): string => {
  const parsed = sessionIdSchema.safeParse(req.params.id);
  if (!parsed.success) throw new ServiceError('not_found', 'No such session.');
  return parsed.data;
};

const callerOf = (req: Request, service: SessionService): Promise<Caller> => {
  const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(req.get('authorization') ?? '');
  if (!match?.[1]) throw new ServiceError('unauthorized', 'A bearer credential is required.');
  return service.authenticate(match[1]);
};

/** The REST API under /api. Every body is validated; every failure is a contract error. */
export function createApiRouter({
  service,
  router,
  media,
  logger,
  webhook,
  groups,
  gatherings,
}: ApiDeps): Router {
  const api = express.Router();
  if (webhook) api.post('/livekit/webhook', webhook);
  if (groups) api.use(groups);
  if (gatherings) api.use(gatherings);
  api.use(express.json({ limit: '16kb' }));

  api.get('/health', async (_req, res) => {
    const body: HealthResponse = {
      ok: true,
      livekit: await media.health(),
      sessions: service.liveCount,
    };
    res.json(body);
  });

  api.get('/methods', (_req, res) => {
    const body: MethodsResponse = { methods: [...METHODS] };
    res.json(body);
  });

  api.post('/sessions', async (req, res) => {
    const parsed = createSessionSchema.safeParse(req.body);
    if (!parsed.success) throw badRequest(parsed.error.issues);
    res.status(201).json(await service.create(parsed.data));
  });

  api.post('/sessions/:id/preview', async (req, res) => {
    const id = sessionIdOf(req);
    const parsed = previewSessionSchema.safeParse(req.body);
    if (!parsed.success) throw badRequest(parsed.error.issues);
    res.json(await router.run({ kind: 'preview', sessionId: id, secret: parsed.data.secret }));
  });

  api.post('/sessions/:id/join', async (req, res) => {
    const id = sessionIdOf(req);
    const parsed = joinSessionSchema.safeParse(req.body);
    if (!parsed.success) throw badRequest(parsed.error.issues);
    const { secret, name, credential } = parsed.data;
    const join = {
      kind: 'join' as const,
      sessionId: id,
      secret,
      ...(name !== undefined ? { name } : {}),
      ...(credential !== undefined ? { credential } : {}),
    };
    res.json(await router.run(join));
  });

  api.post('/sessions/:id/token', async (req, res) => {
    const id = sessionIdOf(req);
    const caller = await callerOf(req, service);
    if (caller.sessionId !== id)
      throw new ServiceError('forbidden', 'Not a member of this session.');
    res.json({ livekit: await router.run({ kind: 'mediaToken', caller }) });
  });

  api.delete('/sessions/:id', async (req, res) => {
    const id = sessionIdOf(req);
    await router.run({ kind: 'delete', sessionId: id, caller: await callerOf(req, service) });
    res.status(204).end();
  });

  api.use((_req, _res) => {
    throw new ServiceError('not_found', 'No such API route.');
  });

  api.use(((err, req, res, _next) => {
    if (isMalformedRequest(err)) {
      logger.debug({ route: req.path, reason: (err as Error).message }, 'malformed request');
      res.status(400).json(badRequestFor(err));
      return;
    }
    const body = toErrorBody(err, logger, { route: req.path });
    res.status(statusOf(body.error)).json(body);
  }) as express.ErrorRequestHandler);

  return api;
}
