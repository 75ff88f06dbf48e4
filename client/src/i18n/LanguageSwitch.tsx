import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, rememberLanguage, type Language } from './language';

/** Each language named in itself, so a person finds their own whatever the page shows now. */
const OWN_NAME: Record<Language, string> = { en: 'English', nl: 'Nederlands' };

/** The language switch in the page header; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return (
    <label className="language-switch">
      <span className="sr-only">{t('app.language')}</span>
      <select
        data-testid="language-switch"
        value={current}
        onChange={(e) => {
          if (!isLanguage(e.target.value)) return;
          rememberLanguage(e.target.value);
          void i18n.changeLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {OWN_NAME[lng]}
          </option>
        ))}
      </select>
    </label>
  );
}
