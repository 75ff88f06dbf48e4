/** A failed action's message, next to the button that caused it, read out when it appears. */
export function ActionError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p className="alert alert--error" role="alert">
      {error}
    </p>
  );
}
