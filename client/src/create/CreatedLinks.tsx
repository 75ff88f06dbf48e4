import type { CreateSessionResponse } from '@intervision/shared';
import { useTranslation } from 'react-i18next';
import { CopyLink } from './CopyLink';
import { CopyText } from './CopyText';
import { OwnLinkCard } from './OwnLinkCard';

interface Props {
  created: CreateSessionResponse;
  title: string;
}

/** After creation: which link goes to whom, a message ready to send, and the way in for the chair. */
export function CreatedLinks({ created, title }: Props) {
  const { t } = useTranslation();
  const invitation = t('links.invitation', {
    title: title || t('links.untitled'),
    url: created.inviteUrl,
  });
  return (
    <main className="page page--narrow">
      <h1>{title ? t('links.ready', { title }) : t('links.readyUntitled')}</h1>
      <p className="muted" data-testid="links-privacy">
        {t('links.privacy')}
      </p>
      <div className="card stack links links--invite">
        <h2 className="section-title">{t('links.forGroup')}</h2>
        <CopyLink
          label={t('links.inviteLabel')}
          note={t('links.inviteNote')}
          url={created.inviteUrl}
          testId="invite-url"
        />
        <CopyText label={t('links.invitationLabel')} text={invitation} testId="invitation-text" />
      </div>
      <OwnLinkCard
        label={t('links.chairLabel')}
        note={t('links.chairNote')}
        url={created.chairUrl}
        testId="chair-url"
        enter={t('links.enter')}
        enterTestId="open-chair"
      />
    </main>
  );
}
