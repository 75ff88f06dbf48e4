import type { Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorBody } from '@intervision/shared';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { statusOf, toErrorBody } from './errorReply.js';

const BAD_REQUEST: ErrorBody = {
  error: 'bad_request',
  message: 'The request is malformed (path, headers, encoding or body).',
};

/**
 * True for errors that describe the request, not the server: undecodable paths and parameters,
 * unsupported charsets or content encodings, corrupt compressed or JSON bodies, oversized bodies.
 * They are the client's fault, never `internal`.
 */
export function isMalformedRequest(err: unknown): boolean {
  if (err instanceof URIError) return true;
  if (typeof err !== 'object' || err === null) return false;
  // http-errors (used by Express's parsers and static files) marks client errors `expose: true`;
  // a 4xx status alone could come from an upstream service and would hide a server fault.
  const { status, expose } = err as { status?: unknown; expose?: unknown };
  return expose === true && typeof status === 'number' && status >= 400 && status < 500;
}

/** The contract answer for a malformed request; parsers' own exposable messages say what was wrong. */
export function badRequestFor(err: unknown): ErrorBody {
  const { expose, message } = err as { expose?: unknown; message?: unknown };
  return expose === true && typeof message === 'string' && message.length <= 200
    ? { error: 'bad_request', message: `The request is malformed: ${message}.` }
    : BAD_REQUEST;
}

/** Refuses a path that does not percent-decode before any route tries to read it. */
export function refuseUndecodablePaths(logger: Logger): RequestHandler {
  return (req, res, next) => {
    try {
      decodeURIComponent(req.path);
    } catch {
      logger.debug({ method: req.method }, 'undecodable path refused');
      res.status(400).json(BAD_REQUEST);
      return;
    }
    next();
  };
}

/**
 * The last error handler of the app: a malformed request is `400 bad_request` logged at debug level
 * (it says nothing about the server); anything else is `internal`, logged as an error.
 */
export function answerFailures(logger: Logger): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    if (isMalformedRequest(err)) {
      logger.debug({ method: req.method, reason: (err as Error).message }, 'malformed request');
      res.status(400).json(badRequestFor(err));
      return;
    }
    const body = toErrorBody(err, logger, { route: req.path });
    res.status(statusOf(body.error)).json(body);
  };
}

/**
 * Requests Node's HTTP parser rejects before Express sees them (broken request lines, oversized or
 * invalid headers) get the same contract answer instead of a bare status line.
 */
export function answerUnparsableRequests(httpServer: HttpServer, logger: Logger): void {
  httpServer.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    logger.debug({ code: err.code }, 'unparsable request');
    if (!socket.writable || err.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const body = JSON.stringify(BAD_REQUEST);
    socket.end(
      'HTTP/1.1 400 Bad Request\r\n' +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}
