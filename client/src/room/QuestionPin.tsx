/** The presenter's question, pinned for everyone while the group works on it. */
export function QuestionPin({ question }: { question: string }) {
  return (
    <aside
      className="question-pin"
      aria-label="The presenter's question"
      data-testid="question-pin"
    >
      <span className="question-pin__label">The question</span>
      <p className="question-pin__text">{question}</p>
    </aside>
  );
}
