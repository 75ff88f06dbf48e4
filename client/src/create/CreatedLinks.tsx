import type { CreateSessionResponse } from '@intervision/shared';
import { CopyLink } from './CopyLink';

interface Props {
  created: CreateSessionResponse;
  title: string;
}

/** After creation: which link goes to whom, and the way in for the chair. */
export function CreatedLinks({ created, title }: Props) {
  return (
    <main className="page page--narrow">
      <h1>{title || 'Your session'} is ready</h1>
      <div className="card stack">
        <p className="muted" data-testid="links-privacy">
          Video and sound are encrypted so that only people with these links can see and hear the
          session, not us and not the video service. Send each link whole: the end of it is the key.
        </p>
        <CopyLink
          label="Your chair link"
          note="Keep this one to yourself: it lets you run the session. Open it to enter."
          url={created.chairUrl}
          testId="chair-url"
        />
        <CopyLink
          label="Invite link for the group"
          note="Send this to the presenter and the peers. The chair chooses the presenter inside the session."
          url={created.inviteUrl}
          testId="invite-url"
        />
        <a className="button button--primary" href={created.chairUrl} data-testid="open-chair">
          Enter as chair
        </a>
      </div>
    </main>
  );
}
