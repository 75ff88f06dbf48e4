import { useTranslation } from 'react-i18next';
import { CopyLink } from '../create/CopyLink';
import { CopyText } from '../create/CopyText';
import { OwnLinkCard } from '../create/OwnLinkCard';
import type { CreateGatheringResponse } from '@intervision/shared';

interface Props {
  created: CreateGatheringResponse;
  title: string;
}

/** After creating a gathering: the invite for everyone, the helper's link, and the host's own way in. */
export function GatheringLinks({ created, title }: Props) {
  const { t } = useTranslation();
  const name = title || t('gathering.links.untitled');
  return (
    <main className="page page--narrow">
      <h1>{t('gathering.links.ready', { title: name })}</h1>
      <p className="muted">{t('links.privacy')}</p>
      <div className="card stack links links--invite">
        <h2 className="section-title">{t('gathering.links.forEveryone')}</h2>
        <CopyLink
          label={t('gathering.links.inviteLabel')}
          note={t('gathering.links.inviteNote')}
          url={created.inviteUrl}
          testId="gathering-invite-url"
        />
        <CopyText
          label={t('links.invitationLabel')}
          text={t('gathering.links.invitation', { title: name, url: created.inviteUrl })}
          testId="gathering-invitation"
        />
      </div>
      <div className="card stack links">
        <h2 className="section-title">{t('gathering.links.forHelpers')}</h2>
        <CopyLink
          label={t('gathering.links.helperLabel')}
          note={t('gathering.links.helperNote')}
          url={created.helperUrl}
          testId="gathering-helper-url"
        />
      </div>
      <OwnLinkCard
        label={t('gathering.links.hostLabel')}
        note={t('gathering.links.hostNote')}
        url={created.hostUrl}
        testId="gathering-host-url"
        enter={t('gathering.links.enter')}
        enterTestId="open-host"
      />
    </main>
  );
}
