import { useTranslation } from 'react-i18next';
import { CopyLink } from '../create/CopyLink';
import type { CreateGroupResponse } from '@intervision/shared';

interface Props {
  created: CreateGroupResponse;
  title: string;
}

/** After creating a group: the facilitator's own link to keep and the enrolment link to share. */
export function GroupCreated({ created, title }: Props) {
  const { t } = useTranslation();
  return (
    <main className="page page--narrow">
      <h1>{t('groups.created.title', { title })}</h1>
      <p className="muted">{t('links.privacy')}</p>
      <div className="card stack">
        <h2 className="section-title">{t('links.forYou')}</h2>
        <CopyLink
          label={t('groups.created.facilitatorLabel')}
          note={t('groups.created.facilitatorNote')}
          url={created.facilitatorUrl}
          testId="group-facilitator-url"
        />
        <a
          className="button button--primary"
          href={created.facilitatorUrl}
          data-testid="group-open-page"
        >
          {t('groups.created.open')}
        </a>
      </div>
      <div className="card stack">
        <h2 className="section-title">{t('links.forGroup')}</h2>
        <CopyLink
          label={t('groups.enrolment.label')}
          note={t('groups.created.enrolNote')}
          url={created.enrolUrl}
          testId="group-enrol-url"
        />
      </div>
    </main>
  );
}
