import { isMediaKey } from '../e2ee/mediaKey';

/** What a link carries after `#`: the join secret (`k`) and the media key (`e`). */
export interface LinkFragment {
  /** Null when missing or malformed. */
  secret: string | null;
  /** Null when missing or malformed; without it the media could not be encrypted. */
  mediaKey: string | null;
}

/** Reads a link's fragment, which browsers never send to servers. */
export function readFragment(hash: string): LinkFragment {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const secret = params.get('k');
  const mediaKey = params.get('e');
  return {
    secret: secret && /^[A-Za-z0-9_-]{1,200}$/.test(secret) ? secret : null,
    mediaKey: mediaKey && isMediaKey(mediaKey) ? mediaKey : null,
  };
}
