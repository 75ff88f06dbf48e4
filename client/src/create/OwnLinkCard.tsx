import { useTranslation } from 'react-i18next';
import { CopyLink } from './CopyLink';

interface Props {
  label: string;
  note: string;
  url: string;
  testId: string;
  /** The button that opens the link now, and its test id. */
  enter: string;
  enterTestId: string;
}

/** The creator's own link (chair, host) to keep, and the way in right now. */
export function OwnLinkCard({ label, note, url, testId, enter, enterTestId }: Props) {
  const { t } = useTranslation();
  return (
    <div className="card stack links links--chair">
      <h2 className="section-title">{t('links.forYou')}</h2>
      <CopyLink label={label} note={note} url={url} testId={testId} />
      <a className="button button--primary" href={url} data-testid={enterTestId}>
        {enter}
      </a>
    </div>
  );
}
