import type {
  CreateSessionRequest,
  CreateSessionResponse,
  JoinSessionResponse,
} from '@intervision/shared';

export interface HttpResult<T> {
  status: number;
  body: T;
}

export async function request<T = unknown>(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<HttpResult<T>> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

/** The secret carried in a chair or invite url's fragment. */
export const secretOf = (url: string): string => new URL(url).hash.replace(/^#k=/, '');

export async function createSession(
  base: string,
  req: CreateSessionRequest,
): Promise<CreateSessionResponse> {
  const res = await request<CreateSessionResponse>(base, 'POST', '/api/sessions', req);
  if (res.status !== 201)
    throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function join(
  base: string,
  sessionId: string,
  url: string,
  name: string,
): Promise<JoinSessionResponse> {
  const res = await request<JoinSessionResponse>(base, 'POST', `/api/sessions/${sessionId}/join`, {
    secret: secretOf(url),
    name,
  });
  if (res.status !== 200) throw new Error(`join failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Creates a session and joins `members` people through its links (the first is the chair). */
export async function sessionWithMembers(
  base: string,
  req: CreateSessionRequest,
  members: number,
): Promise<{ created: CreateSessionResponse; joins: JoinSessionResponse[] }> {
  const created = await createSession(base, req);
  const joins: JoinSessionResponse[] = [];
  for (let i = 0; i < members; i++) {
    const chair = i === 0;
    joins.push(
      await join(
        base,
        created.id,
        chair ? created.chairUrl : created.inviteUrl,
        chair ? 'Chair' : `Peer ${i}`,
      ),
    );
  }
  return { created, joins };
}
