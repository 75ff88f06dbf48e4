import { ServiceError } from '../sessions/serviceError.js';

/** A schema's first few issues as one `bad_request` message naming each field. */
export function badRequest(issues: Array<{ path: PropertyKey[]; message: string }>): ServiceError {
  const detail = issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || 'body'}: ${i.message}`)
    .join('; ');
  return new ServiceError('bad_request', detail);
}
