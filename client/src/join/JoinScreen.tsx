import type { JoinSessionResponse } from '@intervision/shared';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/apiClient';
import { ApiError } from '../api/ApiError';
import { credentialStore, type StoredMembership } from '../api/credentialStore';
import { browserSupportsE2EE } from '../e2ee/browserSupportsE2EE';
import { DeviceSection } from './DeviceSection';
import type { DeviceChoices } from './DeviceToggles';
import { JoinError } from './JoinError';
import { JoinHeading } from './JoinHeading';
import { keepPreviewForRoom } from './previewHandover';
import { canRetry, type JoinProblem } from './joinProblem';
import { useLinkPreview } from './useLinkPreview';
import { NameField } from '../create/formParts';

interface Props {
  sessionId: string;
  /** From the link's fragment; null when the link is incomplete. */
  secret: string | null;
  /** From the link's fragment; null when missing or malformed. Never sent to our server. */
  mediaKey: string | null;
  /** Whether this browser can encrypt media end to end; asked of the browser unless given. */
  e2eeSupported?: boolean;
  /** A problem found before this screen (e.g. a stored credential that stopped working). */
  initialProblem?: JoinProblem | null;
  /** The credential this browser already holds for the session, if any: joining again is the same person. */
  credential?: string | null;
  onJoined: (membership: StoredMembership, response: JoinSessionResponse) => void;
}

const NAME_KEY = 'intervision:name';

/** Name, preview, the confidentiality agreement, then in. */
export function JoinScreen({
  sessionId,
  secret,
  mediaKey,
  e2eeSupported = browserSupportsE2EE(),
  initialProblem = null,
  credential = null,
  onJoined,
}: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(() => localStorage.getItem(NAME_KEY) ?? '');
  const [accepted, setAccepted] = useState(false);
  const [choices, setChoices] = useState<DeviceChoices>({ micOn: true, camOn: true });
  // Nobody joins with unencrypted media: no key, or no way to use it, closes the way in.
  const [problem, setProblem] = useState<JoinProblem | null>(() => {
    if (!e2eeSupported) return 'e2ee_unsupported';
    if (initialProblem) return initialProblem;
    if (!secret) return 'bad_link';
    if (!mediaKey) return 'no_media_key';
    return null;
  });
  const linkPreview = useLinkPreview(sessionId, secret);
  // A link that is wrong or a session that is over is said before anyone types a name; a preview
  // that merely failed (network, rate limit) leaves the form to the join itself.
  const previewProblem =
    linkPreview.state === 'failed' && !canRetry(linkPreview.problem) ? linkPreview.problem : null;
  const [deviceProblem, setDeviceProblem] = useState(false);
  const [busy, setBusy] = useState(false);
  const onDeviceError = useCallback(() => setDeviceProblem(true), []);
  // A problem from pressing Enter is shown by the button and takes focus, so it is seen and heard.
  const submitProblemRef = useRef<HTMLDivElement>(null);
  const [submitted, setSubmitted] = useState(0);
  useEffect(() => {
    if (submitted > 0) submitProblemRef.current?.focus();
  }, [submitted]);

  const closed =
    !e2eeSupported ||
    !secret ||
    !mediaKey ||
    previewProblem !== null ||
    (problem !== null && !canRetry(problem));
  // What closed the way in, said at the top: a closing problem found here first, then the preview's.
  const closingProblem = problem !== null && !canRetry(problem) ? problem : previewProblem;
  const closedBy = closed ? (closingProblem ?? problem) : null;
  const trimmed = name.trim();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!secret || !mediaKey || !trimmed || !accepted) return;
    setBusy(true);
    setProblem(null);
    try {
      const res = await api.join(sessionId, {
        secret,
        name: trimmed,
        ...(credential ? { credential } : {}),
      });
      // Named steps of a join, read by the join benchmark's probe (bench/webclient/firstFrameProbe.ts).
      performance.mark('join:answer');
      localStorage.setItem(NAME_KEY, trimmed);
      const membership: StoredMembership = {
        credential: res.credential,
        identity: res.identity,
        role: res.role,
        name: trimmed,
        mediaKey,
        micOn: choices.micOn && !deviceProblem,
        camOn: choices.camOn && !deviceProblem,
        ...(choices.audioDeviceId && { audioDeviceId: choices.audioDeviceId }),
        ...(choices.videoDeviceId && { videoDeviceId: choices.videoDeviceId }),
      };
      credentialStore.save(sessionId, membership);
      // The room publishes the preview's own tracks: the camera does not blink off and on.
      keepPreviewForRoom({ microphone: membership.micOn, camera: membership.camOn });
      onJoined(membership, res);
    } catch (err) {
      setProblem(err instanceof ApiError ? err.code : 'internal');
      setBusy(false);
      setSubmitted((n) => n + 1);
    }
  };

  return (
    <main className="page page--narrow">
      <JoinHeading preview={linkPreview.state === 'ready' ? linkPreview.preview : null} />
      {closedBy && <JoinError problem={closedBy} />}
      {!closed && (
        <form className="card stack" onSubmit={(e) => void submit(e)}>
          <NameField
            testId="join-name"
            label={t('join.name')}
            required
            value={name}
            onChange={setName}
          />
          <DeviceSection choices={choices} onChange={setChoices} onError={onDeviceError} />
          {deviceProblem && <JoinError problem="camera_denied" />}
          <div className="agreement">
            <h2 className="section-title">{t('join.agreementTitle')}</h2>
            <p>{t('join.agreement')}</p>
            <label className="field field--inline">
              <input
                type="checkbox"
                data-testid="join-accept"
                checked={accepted}
                onChange={(e) => setAccepted(e.target.checked)}
              />
              <span>{t('join.accept')}</span>
            </label>
          </div>
          {problem && <JoinError ref={submitProblemRef} problem={problem} />}
          <button
            className="button button--primary"
            data-testid="join-submit"
            disabled={busy || !trimmed || !accepted}
          >
            {busy ? t('join.submitting') : t('join.submit')}
          </button>
        </form>
      )}
    </main>
  );
}
