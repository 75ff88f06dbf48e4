import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/ApiError';

/**
 * One button's worth of server call: busy while it runs, the server's own message when it fails
 * (our messages say what to do), and the page refreshed after it worked.
 */
export function useGroupAction(reload: () => Promise<void>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      await reload();
      return true;
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('groups.actionFailed'));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
