/** A polite live region: phase changes and the one-minute warning are read out by screen readers. */
export function LiveAnnouncer({
  message,
  testId = 'announcer',
}: {
  message: string;
  testId?: string;
}) {
  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid={testId}>
      {message}
    </div>
  );
}
