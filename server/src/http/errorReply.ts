import { HTTP_STATUS, type ErrorBody, type ErrorCode } from '@intervision/shared';
import type { Logger } from 'pino';
import { ServiceError } from '../sessions/serviceError.js';

/** Maps anything thrown to a contract error; unknown failures are logged and never sent raw. */
export function toErrorBody(err: unknown, logger: Logger, context: object = {}): ErrorBody {
  if (err instanceof ServiceError) return { error: err.code, message: err.message };
  logger.error({ ...context, err }, 'unexpected failure');
  return { error: 'internal', message: 'Something went wrong on the server.' };
}

export function statusOf(code: ErrorCode): number {
  return HTTP_STATUS[code];
}
