import type { CreateSessionResponse } from '@intervision/shared';
import { useTranslation } from 'react-i18next';
import { CopyLink } from './CopyLink';

interface Props {
  created: CreateSessionResponse;
  title: string;
}

/** After creation: which link goes to whom, and the way in for the chair. */
export function CreatedLinks({ created, title }: Props) {
  const { t } = useTranslation();
  return (
    <main className="page page--narrow">
      <h1>{title ? t('links.ready', { title }) : t('links.readyUntitled')}</h1>
      <div className="card stack">
        <p className="muted" data-testid="links-privacy">
          {t('links.privacy')}
        </p>
        <CopyLink
          label={t('links.chairLabel')}
          note={t('links.chairNote')}
          url={created.chairUrl}
          testId="chair-url"
        />
        <CopyLink
          label={t('links.inviteLabel')}
          note={t('links.inviteNote')}
          url={created.inviteUrl}
          testId="invite-url"
        />
        <a className="button button--primary" href={created.chairUrl} data-testid="open-chair">
          {t('links.enter')}
        </a>
      </div>
    </main>
  );
}
