import { afterEach, describe, expect, test } from 'vitest';
import { credentialStore, type StoredMembership } from '../api/credentialStore';
import { takeLinkFragment } from './takeLinkFragment';

const KEY = 'q9Zc3Qk1u6o0Hc8vT4m5yJf2wXbN7aLdR0pS1eGhIjK';
const OLD_KEY = 'A'.repeat(43);

const member = (mediaKey: string): StoredMembership => ({
  credential: 'cred',
  identity: 'i1',
  role: 'peer',
  name: 'Sam',
  mediaKey,
  micOn: true,
  camOn: true,
});

describe('takeLinkFragment', () => {
  afterEach(() => {
    sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  test('reads the secret and key, then leaves only /s/<id> in the address bar and history', () => {
    window.history.pushState(null, '', `/s/abc#k=secret&e=${KEY}`);
    expect(takeLinkFragment('abc')).toEqual({ secret: 'secret', mediaKey: KEY });
    expect(window.location.pathname).toBe('/s/abc');
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain(KEY);
  });

  test('a reload of the join page, its fragment gone, still finds the link in this tab', () => {
    window.history.pushState(null, '', `/s/abc#k=secret&e=${KEY}`);
    takeLinkFragment('abc');
    expect(takeLinkFragment('abc')).toEqual({ secret: 'secret', mediaKey: KEY });
  });

  test('a page without a fragment and nothing stored has neither secret nor key', () => {
    window.history.pushState(null, '', '/s/abc');
    expect(takeLinkFragment('abc')).toEqual({ secret: null, mediaKey: null });
  });

  test('opening the link again replaces an out-of-date stored key', () => {
    credentialStore.save('abc', member(OLD_KEY));
    window.history.pushState(null, '', `/s/abc#k=secret&e=${KEY}`);
    takeLinkFragment('abc');
    expect(credentialStore.load('abc')?.mediaKey).toBe(KEY);
  });

  test('a link without a key leaves the stored key alone', () => {
    credentialStore.save('abc', member(OLD_KEY));
    window.history.pushState(null, '', '/s/abc#k=secret');
    takeLinkFragment('abc');
    expect(credentialStore.load('abc')?.mediaKey).toBe(OLD_KEY);
  });

  test('a stored membership without a media key is not used', () => {
    const { mediaKey: _dropped, ...old } = member(OLD_KEY);
    localStorage.setItem('intervision:abc', JSON.stringify(old));
    expect(credentialStore.load('abc')).toBeNull();
  });
});
