import { useTranslation } from 'react-i18next';
/** The presenter's question, pinned for everyone while the group works on it. */
export function QuestionPin({ question }: { question: string }) {
  const { t } = useTranslation();
  return (
    <aside className="question-pin" aria-label={t('question.pinRegion')} data-testid="question-pin">
      <span className="question-pin__label">{t('question.pinLabel')}</span>
      <p className="question-pin__text">{question}</p>
    </aside>
  );
}
