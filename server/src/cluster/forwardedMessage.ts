import { COMMAND_NAMES, ERROR_CODES, type CommandName } from '@intervision/shared';
import { z } from 'zod';
import type { SessionOp } from '../sessions/sessionOps.js';

const id = z.string().min(1).max(200);
const caller = z.object({ sessionId: id, identity: id });

/** A forwarded operation as it crosses Redis; checked again on arrival like any input. */
const opSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('command'),
    caller,
    name: z.enum(COMMAND_NAMES as [CommandName, ...CommandName[]]),
    // Absent when the client sent none (JSON drops undefined); the owner validates it.
    payload: z.unknown().optional(),
  }),
  z.object({ kind: z.literal('view'), sessionId: id }),
  z.object({ kind: z.literal('greet'), caller, socketId: id }),
  z.object({ kind: z.literal('connected'), caller, delta: z.union([z.literal(1), z.literal(-1)]) }),
  z.object({ kind: z.literal('inMedia'), sessionId: id, identity: id, inRoom: z.boolean() }),
  z.object({ kind: z.literal('trackPublished'), sessionId: id, identity: id }),
  z.object({
    kind: z.literal('join'),
    sessionId: id,
    secret: z.string(),
    name: z.string().optional(),
    credential: z.string().optional(),
  }),
  z.object({ kind: z.literal('preview'), sessionId: id, secret: z.string() }),
  z.object({ kind: z.literal('mediaToken'), caller }),
  z.object({ kind: z.literal('delete'), sessionId: id, caller }),
  z.object({ kind: z.literal('meetingJoin'), sessionId: id, groupId: id, bearer: id }),
]);

/** Node-to-node messages: a request for the owner, and its answer to the asking node. */
export const forwardedMessageSchema = z.union([
  z.object({ type: z.literal('request'), id, from: id, op: opSchema }),
  z.object({ type: z.literal('reply'), id, ok: z.literal(true), result: z.unknown().optional() }),
  z.object({
    type: z.literal('reply'),
    id,
    ok: z.literal(false),
    error: z.enum(ERROR_CODES),
    message: z.string(),
  }),
]);

export type ForwardedMessage = z.infer<typeof forwardedMessageSchema>;

/** The schema's optional fields are absent, never undefined, as `SessionOp` wants them. */
export const toSessionOp = (op: z.infer<typeof opSchema>): SessionOp => op as SessionOp;
