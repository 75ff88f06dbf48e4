/** The media server cannot be reached; callers answer `media_unavailable` and retry later. */
export class MediaUnavailableError extends Error {
  override readonly name = 'MediaUnavailableError';

  constructor(message = 'The media server cannot be reached.', options?: ErrorOptions) {
    super(message, options);
  }
}
