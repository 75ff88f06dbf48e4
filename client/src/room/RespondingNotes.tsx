import { useTranslation } from 'react-i18next';
import { PrivateNotes } from './PrivateNotes';

/** In the presenter's response the notes from listening stay in view: that is when they matter. */
export function RespondingNotes({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  return (
    <section
      className="card stack"
      aria-label={t('listening.notes')}
      data-testid="responding-notes"
    >
      <PrivateNotes sessionId={sessionId} />
    </section>
  );
}
