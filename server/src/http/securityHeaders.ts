import type { RequestHandler } from 'express';

export interface SecurityHeaderOptions {
  /** The origin people open; its ws/wss form is allowed for Socket.IO. */
  publicUrl: string;
  /** Where browsers reach LiveKit; without it media connections go nowhere but our own origin. */
  livekitPublicUrl?: string;
}

/** An origin in its http(s) and ws(s) forms: LiveKit signals over ws(s) and probes over http(s). */
function originForms(url: string): string[] {
  const u = new URL(url);
  const secure = u.protocol === 'https:' || u.protocol === 'wss:';
  return [`${secure ? 'https' : 'http'}://${u.host}`, `${secure ? 'wss' : 'ws'}://${u.host}`];
}

/** The Content-Security-Policy for the app: only our own code, our socket and the media server. */
export function contentSecurityPolicy(options: SecurityHeaderOptions): string {
  const connect = new Set(["'self'", ...originForms(options.publicUrl)]);
  if (options.livekitPublicUrl)
    for (const o of originForms(options.livekitPublicUrl)) connect.add(o);
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'connect-src': [...connect],
    // LiveKit's end-to-end-encryption worker is started from a blob: URL.
    'worker-src': ["'self'", 'blob:'],
    'media-src': ["'self'", 'blob:', 'data:'],
    'img-src': ["'self'", 'blob:', 'data:'],
    // React and LiveKit's components set style attributes through the DOM, which CSP allows;
    // inline <style> elements are not needed by the built client.
    'style-src': ["'self'"],
    'font-src': ["'self'", 'data:'],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/**
 * Headers for every answer, API and client alike: the browser runs only our code, talks only to
 * us and LiveKit, is never framed, sends no referrer (links carry secrets in their fragment, but
 * paths carry session ids) and gives camera and microphone to this origin only.
 */
export function securityHeaders(options: SecurityHeaderOptions): RequestHandler {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy':
      'camera=(self), microphone=(self), display-capture=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
  if (new URL(options.publicUrl).protocol === 'https:') {
    headers['Strict-Transport-Security'] = 'max-age=15552000';
  }
  return (_req, res, next) => {
    res.set(headers);
    next();
  };
}
