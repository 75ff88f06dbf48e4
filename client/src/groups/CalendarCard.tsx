import { useTranslation } from 'react-i18next';
import { CopyLink } from '../create/CopyLink';
import { ActionError } from './ActionError';
import { useGroupAction } from './useGroupAction';

interface Props {
  calendarUrl: string;
  download: () => Promise<string>;
  fileName: string;
}

/** Saves the calendar text as a file: the credential went in a header, so a plain link would not do. */
function saveFile(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}

/** The meetings into the person's own calendar: a file to open once, or an address that keeps up. */
export function CalendarCard({ calendarUrl, download, fileName }: Props) {
  const { t } = useTranslation();
  const action = useGroupAction(async () => undefined);
  return (
    <section className="card stack" aria-labelledby="group-calendar-title">
      <h2 className="section-title" id="group-calendar-title">
        {t('groups.calendar.title')}
      </h2>
      <button
        className="button"
        data-testid="group-calendar-download"
        disabled={action.busy}
        onClick={() => void action.run(async () => saveFile(await download(), fileName))}
      >
        {t('groups.calendar.download')}
      </button>
      <ActionError error={action.error} />
      <CopyLink
        label={t('groups.calendar.subscribeLabel')}
        note={t('groups.calendar.subscribeNote')}
        url={calendarUrl}
        testId="group-calendar-url"
      />
    </section>
  );
}
