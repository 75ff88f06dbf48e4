import type { ErrorCode } from '@intervision/shared';

/** A refusal with one of the contract's error codes; anything else thrown is `internal`. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
