/** Everything the placeholder says, in one place (to move into translations as a whole). */
const TEXT = {
  starting: 'Starting camera…',
  off: 'Camera off',
};

/** Where the camera preview goes while it starts (or the media code loads), or when it is off. */
export function PreviewPlaceholder({ camOn }: { camOn: boolean }) {
  return <p className="preview__off">{camOn ? TEXT.starting : TEXT.off}</p>;
}
