import type { SessionPreviewResponse } from '@intervision/shared';
import { Trans, useTranslation } from 'react-i18next';

/**
 * The join page's heading: which session this link opens and the role it gives, once the server
 * has said so; until then (or when it cannot) the plain "join the session".
 */
export function JoinHeading({ preview }: { preview: SessionPreviewResponse | null }) {
  const { t } = useTranslation();
  if (!preview) return <h1>{t('join.title')}</h1>;
  return (
    <h1 data-testid="join-heading">
      <Trans
        i18nKey={preview.role === 'chair' ? 'join.joiningAsChair' : 'join.joiningAsPeer'}
        // The title is a child of the element, never part of the parsed string: a title with
        // markup in it stays text.
        components={{ session: <strong>{preview.title}</strong> }}
      />
    </h1>
  );
}
