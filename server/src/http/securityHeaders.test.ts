import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './securityHeaders.js';

const directive = (csp: string, name: string): string[] | undefined =>
  csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1);

describe('contentSecurityPolicy', () => {
  it('lets the browser reach LiveKit in both its ws and http forms, and nothing else foreign', () => {
    const csp = contentSecurityPolicy({
      publicUrl: 'http://localhost:3000',
      livekitPublicUrl: 'ws://127.0.0.1:7880',
    });
    expect(directive(csp, 'connect-src')?.sort()).toEqual(
      [
        "'self'",
        'http://localhost:3000',
        'ws://localhost:3000',
        'http://127.0.0.1:7880',
        'ws://127.0.0.1:7880',
      ].sort(),
    );
  });

  it('a secure LiveKit address is allowed as wss and https only', () => {
    const csp = contentSecurityPolicy({
      publicUrl: 'https://app.example',
      livekitPublicUrl: 'wss://media.example',
    });
    const connect = directive(csp, 'connect-src') ?? [];
    expect(connect).toEqual(
      expect.arrayContaining(['wss://media.example', 'https://media.example']),
    );
    expect(connect).not.toContain('ws://media.example');
  });

  it('without LiveKit only our own origin is reachable', () => {
    const csp = contentSecurityPolicy({ publicUrl: 'https://app.example' });
    expect(directive(csp, 'connect-src')).toEqual([
      "'self'",
      'https://app.example',
      'wss://app.example',
    ]);
    expect(directive(csp, 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(csp, 'object-src')).toEqual(["'none'"]);
  });
});
