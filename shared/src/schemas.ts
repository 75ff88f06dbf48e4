import { z } from 'zod';
import { LIMITS } from './limits.js';

const trimmed = (max: number) => z.string().trim().min(1).max(max);
const phaseSeconds = z.number().int().min(LIMITS.phaseSecondsMin).max(LIMITS.phaseSecondsMax);

/** `POST /api/sessions` body. Durations are seconds per phase id; unknown ids are refused. */
export const createSessionSchema = z
  .object({
    title: trimmed(LIMITS.titleMax),
    method: z.string().min(1).max(60),
    durations: z.record(z.string().max(60), phaseSeconds).optional(),
    autoAdvance: z.boolean().optional(),
    maxParticipants: z
      .number()
      .int()
      .min(LIMITS.participantsMin)
      .max(LIMITS.participantsMax)
      .optional(),
  })
  .strict();
export type CreateSessionRequest = z.infer<typeof createSessionSchema>;

/**
 * `POST /api/sessions/:id/join` body. `credential` is the one this browser already holds for the
 * session: when it is valid, the join returns that same person and `name` may be left out (given,
 * it renames them). Without a valid credential `name` is required.
 */
export const joinSessionSchema = z
  .object({
    secret: z.string().min(1).max(LIMITS.secretMax),
    name: trimmed(LIMITS.nameMax).optional(),
    credential: z.string().min(1).max(LIMITS.credentialMax).optional(),
  })
  .strict();
export type JoinSessionRequest = z.infer<typeof joinSessionSchema>;

/**
 * `POST /api/sessions/:id/preview` body: the secret from the link's fragment. Nothing else is
 * accepted, so a preview can never be mistaken for a join.
 */
export const previewSessionSchema = z
  .object({
    secret: z.string().min(1).max(LIMITS.secretMax),
  })
  .strict();
export type PreviewSessionRequest = z.infer<typeof previewSessionSchema>;

/** Session ids are server-generated url-safe strings. */
export const sessionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/** Socket handshake `auth`. */
export const socketAuthSchema = z.object({
  credential: z.string().min(1).max(LIMITS.credentialMax),
});
