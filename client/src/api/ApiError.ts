import type { ErrorCode } from '@intervision/shared';

/** A failed API call, carrying the contract's error code (or `network` when nothing answered). */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'network',
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
