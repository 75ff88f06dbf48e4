import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './i18n/LanguageSwitch';

/** The thin bar on every page: the product's name and the language switch. */
export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <span className="app-header__name">{t('app.name')}</span>
      <LanguageSwitch />
    </header>
  );
}
