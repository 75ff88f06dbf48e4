import { useTranslation } from 'react-i18next';
import { CreatedLinks } from './CreatedLinks';
import { linksStore } from './linksStore';

/** `/links/:id`: the links again after a reload, from this browser's memory. */
export function LinksPage({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const saved = linksStore.load(sessionId);
  if (saved) return <CreatedLinks created={saved.created} title={saved.title} />;
  return (
    <main className="page page--narrow">
      <h1>{t('links.lostTitle')}</h1>
      <p className="card" data-testid="links-lost">
        {t('links.lost')}
      </p>
      <a className="button" href="/">
        {t('links.home')}
      </a>
    </main>
  );
}
