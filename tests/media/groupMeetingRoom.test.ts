import type {
  CreateGroupResponse,
  EnterGroupResponse,
  JoinSessionResponse,
} from '@intervision/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, secretOf, startInProcessServer, type RunningServer } from '@intervision/testkit';
import { sharedLivekit } from '@intervision/testkit/vitest';

const { gateway, roomService } = sharedLivekit();

describe('a group meeting in a real LiveKit', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startInProcessServer(gateway);
  });
  afterAll(async () => {
    await server.close();
  });

  it('gets its room when a member joins, and loses it when the group is deleted', async () => {
    const created = await request<CreateGroupResponse>(server.url, 'POST', '/api/groups', {
      title: 'Media group',
      method: 'intervision',
    });
    const gid = created.body.id;
    const enter = async (url: string, name?: string) =>
      (
        await request<EnterGroupResponse>(server.url, 'POST', `/api/groups/${gid}/enter`, {
          secret: secretOf(url),
          ...(name ? { name } : {}),
        })
      ).body;
    const facilitator = await enter(created.body.facilitatorUrl);
    const member = await enter(created.body.enrolUrl, 'Noor');
    const bearer = (credential: string) => ({ authorization: `Bearer ${credential}` });
    const opened = await request<{ meetingId: string }>(
      server.url,
      'POST',
      `/api/groups/${gid}/meetings`,
      {},
      bearer(facilitator.credential),
    );
    const meetingId = opened.body.meetingId;
    const joined = await request<JoinSessionResponse>(
      server.url,
      'POST',
      `/api/groups/${gid}/meetings/${meetingId}/join`,
      undefined,
      bearer(member.credential),
    );
    expect(joined.status).toBe(200);
    expect(joined.body.mediaError).toBeNull();
    expect(joined.body.livekit?.token).toEqual(expect.any(String));
    expect((await roomService.listRooms([meetingId])).map((r) => r.name)).toEqual([meetingId]);

    const deleted = await request(
      server.url,
      'DELETE',
      `/api/groups/${gid}`,
      undefined,
      bearer(facilitator.credential),
    );
    expect(deleted.status).toBe(204);
    expect(await roomService.listRooms([meetingId])).toEqual([]);
  });
});
