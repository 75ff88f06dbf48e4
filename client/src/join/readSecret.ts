/** The secret carried in the link's fragment (`#k=<secret>`), which browsers never send to servers. */
export function readSecret(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const secret = params.get('k');
  return secret && /^[A-Za-z0-9_-]{1,200}$/.test(secret) ? secret : null;
}
