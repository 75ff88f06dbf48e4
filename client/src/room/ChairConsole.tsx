import type { CommandName, MethodDefinition, Role, SessionView } from '@intervision/shared';
import { useRef, useState } from 'react';
import type { CommandArgs, SendCommand } from '../session/useSession';
import { commandErrorMessage } from './commandErrorMessage';
import { EndConfirm } from './EndConfirm';
import { PresenterSelect } from './PresenterSelect';
import { RaisedHandsSummary } from './RaisedHandsSummary';
import { RoundControls } from './RoundControls';
import { ShortcutHint } from './ShortcutHint';
import { useChairShortcuts } from './useChairShortcuts';
import { useShortcutSetting } from './useShortcutSetting';
import { useTranslation } from 'react-i18next';

interface Props {
  view: SessionView;
  method: MethodDefinition | undefined;
  role: Role;
  send: SendCommand;
}

/** The chair's controls for the frame: start, move, pause, extend, end, and who presents. */
export function ChairConsole({ view, method, role, send }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const [shortcutsOn, setShortcutsOn] = useShortcutSetting();
  const endRef = useRef<HTMLButtonElement>(null);
  const isChair = role === 'chair';
  const lobby = view.status === 'lobby';
  const live = view.status === 'running' || view.status === 'paused';
  const paused = view.status === 'paused';
  const needsPresenter = Boolean(method?.requiresPresenter) && !view.presenter;
  const first = (view.phase?.index ?? 0) === 0;

  const run = async <N extends CommandName>(command: N, ...args: CommandArgs<N>) => {
    setError(null);
    const ack = await send(command, ...args);
    if (!ack.ok) setError(commandErrorMessage(t, ack.error));
  };

  useChairShortcuts(isChair && shortcutsOn, {
    s: lobby && !needsPresenter ? () => void run('session:start') : undefined,
    n: live ? () => void run('phase:next') : undefined,
    b: live && !first ? () => void run('phase:previous') : undefined,
    p: live ? () => void run(paused ? 'phase:resume' : 'phase:pause') : undefined,
    '1': live ? () => void run('phase:extend', { seconds: 60 }) : undefined,
    '5': live ? () => void run('phase:extend', { seconds: 300 }) : undefined,
  });

  if (!isChair || view.status === 'ended') return null;

  return (
    <section
      className="chair-console card"
      aria-label={t('chair.region')}
      data-testid="chair-console"
    >
      <h2 className="section-title">{t('chair.heading')}</h2>
      <PresenterSelect
        view={view}
        live={live}
        onChoose={(identity) => void run('presenter:set', { identity })}
      />
      <div className="button-row">
        {lobby && (
          <button
            className="button button--primary"
            data-testid="start"
            disabled={needsPresenter}
            aria-keyshortcuts="S"
            onClick={() => void run('session:start')}
          >
            {t('chair.start')}
          </button>
        )}
        {live && (
          <>
            <button
              className="button"
              data-testid="previous"
              disabled={first}
              aria-keyshortcuts="B"
              onClick={() => void run('phase:previous')}
            >
              {t('chair.previous')}
            </button>
            <button
              className="button button--primary"
              data-testid="next"
              aria-keyshortcuts="N"
              onClick={() => void run('phase:next')}
            >
              {t('chair.next')}
            </button>
            {paused ? (
              <button
                className="button"
                data-testid="resume"
                aria-keyshortcuts="P"
                onClick={() => void run('phase:resume')}
              >
                {t('chair.resume')}
              </button>
            ) : (
              <button
                className="button"
                data-testid="pause"
                aria-keyshortcuts="P"
                onClick={() => void run('phase:pause')}
              >
                {t('chair.pause')}
              </button>
            )}
            <button
              className="button"
              data-testid="extend-1"
              aria-keyshortcuts="1"
              onClick={() => void run('phase:extend', { seconds: 60 })}
            >
              {t('chair.extend1')}
            </button>
            <button
              className="button"
              data-testid="extend-5"
              aria-keyshortcuts="5"
              onClick={() => void run('phase:extend', { seconds: 300 })}
            >
              {t('chair.extend5')}
            </button>
          </>
        )}
        <button
          ref={endRef}
          className="button button--danger"
          data-testid="end"
          aria-expanded={confirmingEnd}
          onClick={() => setConfirmingEnd(true)}
        >
          {t('chair.end')}
        </button>
      </div>
      <RaisedHandsSummary view={view} send={send} />
      {live && <RoundControls view={view} send={send} />}
      {needsPresenter && lobby && <p className="muted">{t('chair.needsPresenter')}</p>}
      {confirmingEnd && (
        <EndConfirm
          onConfirm={() => {
            setConfirmingEnd(false);
            void run('session:end');
          }}
          onCancel={() => {
            setConfirmingEnd(false);
            endRef.current?.focus();
          }}
        />
      )}
      {error && (
        <p className="alert alert--error" role="alert" data-testid="chair-error">
          {error}
        </p>
      )}
      <label className="field field--inline shortcuts-switch">
        <input
          type="checkbox"
          data-testid="shortcuts-switch"
          checked={shortcutsOn}
          onChange={(e) => setShortcutsOn(e.target.checked)}
        />
        <span>{t('chair.shortcuts')}</span>
      </label>
      {shortcutsOn && <ShortcutHint />}
    </section>
  );
}
