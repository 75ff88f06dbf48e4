import type { MediaGateway } from './mediaGateway.js';
import { MediaUnavailableError } from './mediaUnavailableError.js';

/** No media server configured: the protocol runs alone and every token request says so. */
export function createDisabledGateway(): MediaGateway {
  return {
    mode: 'disabled',
    issueToken: () =>
      Promise.reject(new MediaUnavailableError('Media is not configured on this server.')),
    enforce: () => Promise.resolve(),
    health: () => Promise.resolve('disabled'),
    deleteRoom: () => Promise.resolve(),
    removeParticipant: () => Promise.resolve(),
    close: () => {},
  };
}
