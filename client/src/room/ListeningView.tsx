import { usePrivateNotes } from './usePrivateNotes';

interface Props {
  sessionId: string;
  /** Why the microphone and camera are off, from the media policy. */
  reason: string;
}

/** The presenter's place during muted reflection: why they are off, and a private notes pad. */
export function ListeningView({ sessionId, reason }: Props) {
  const [notes, setNotes] = usePrivateNotes(sessionId);
  return (
    <section className="listening card" aria-label="You are listening" data-testid="listening-view">
      <h2 className="section-title">Your turn to listen</h2>
      <p className="listening__reason" data-testid="listening-reason">
        {reason}
      </p>
      <p className="muted small">
        Your microphone and camera are off. You still see and hear the group.
      </p>
      <label className="field">
        <span>Private notes</span>
        <textarea
          data-testid="private-notes"
          rows={5}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          placeholder="What strikes you? What do you want to come back to?"
        />
      </label>
      <p className="muted small">
        Kept only in this browser. Never sent to anyone, not even the server.
      </p>
    </section>
  );
}
