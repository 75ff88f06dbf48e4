import { useTranslation } from 'react-i18next';
import { GatheringLinks } from './GatheringLinks';
import { gatheringStore } from './gatheringStore';

/** `/gatherings/:id/links`: the links again after a reload, from this browser's memory. */
export function GatheringLinksPage({ gatheringId }: { gatheringId: string }) {
  const { t } = useTranslation();
  const saved = gatheringStore.loadLinks(gatheringId);
  if (saved) return <GatheringLinks created={saved.created} title={saved.title} />;
  return (
    <main className="page page--narrow">
      <h1>{t('links.lostTitle')}</h1>
      <p className="card" data-testid="links-lost">
        {t('gathering.links.lost')}
      </p>
      <a className="button" href="/gatherings/new">
        {t('gathering.create.submit')}
      </a>
    </main>
  );
}
