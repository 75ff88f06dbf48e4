import { createHash } from 'node:crypto';
import express, { type Request, type RequestHandler, type Response } from 'express';
import { TokenVerifier, WebhookReceiver } from 'livekit-server-sdk';
import { isAirtimeIdentity } from '../airtime/airtimeIdentity.js';

export interface WebhookHandlerOptions {
  apiKey: string;
  apiSecret: string;
  /** Someone entered (`inRoom` true) or left the media room of a session. */
  onParticipant: (sessionId: string, identity: string, inRoom: boolean) => void;
  /** Someone published a track in the media room of a session. */
  onTrackPublished?: (sessionId: string, identity: string) => void;
}

const PRESENCE: Record<string, boolean> = {
  participant_joined: true,
  participant_left: false,
  participant_connection_aborted: false,
};

/**
 * `POST /api/livekit/webhook`: LiveKit's signed events. Reads the raw body itself (the signature
 * covers its exact bytes), so mount it before any JSON parser. 401 on a bad signature, 400 on a body
 * that is not a webhook event; other events are acknowledged and ignored.
 */
export function createWebhookHandler(opts: WebhookHandlerOptions): RequestHandler {
  const receiver = new WebhookReceiver(opts.apiKey, opts.apiSecret);
  const verifier = new TokenVerifier(opts.apiKey, opts.apiSecret);
  // Any content type: LiveKit sends application/webhook+json, and the signature is the real check.
  const rawBody = express.raw({ type: () => true, limit: '256kb' });

  const handle = async (req: Request, res: Response) => {
    const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    const auth = req.get('authorization') ?? '';
    let event;
    try {
      event = await receiver.receive(body, auth);
    } catch {
      // receive() both checks the signature and parses; which one failed decides the answer.
      if (!(await signatureValid(verifier, body, auth))) {
        res.status(401).json({ error: 'unauthorized', message: 'Invalid webhook signature.' });
      } else {
        res.status(400).json({ error: 'bad_request', message: 'Not a LiveKit webhook event.' });
      }
      return;
    }
    const inRoom = PRESENCE[event.event];
    const sessionId = event.room?.name;
    const participant = event.participant?.identity;
    // The server's own hidden listeners are not members: their comings and goings change nothing.
    const identity = participant && !isAirtimeIdentity(participant) ? participant : undefined;
    if (inRoom !== undefined && sessionId && identity)
      opts.onParticipant(sessionId, identity, inRoom);
    if (event.event === 'track_published' && sessionId && identity)
      opts.onTrackPublished?.(sessionId, identity);
    res.status(200).json({ ok: true });
  };

  return (req, res, next) => {
    rawBody(req, res, (err?: unknown) => {
      if (err) {
        res.status(400).json({ error: 'bad_request', message: 'Unreadable webhook body.' });
        return;
      }
      handle(req, res).catch(next);
    });
  };
}

/** The same check WebhookReceiver makes: a JWT signed with our secret carrying the body's sha256. */
async function signatureValid(
  verifier: TokenVerifier,
  body: string,
  auth: string,
): Promise<boolean> {
  try {
    const claims = await verifier.verify(auth);
    return claims.sha256 === createHash('sha256').update(body).digest('base64');
  } catch {
    return false;
  }
}
