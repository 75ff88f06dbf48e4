import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../create/CopyButton';
import { ConfirmDialog } from '../room/ConfirmDialog';
import { formatLongDate } from './groupTime';
import type { GroupMemberView } from '@intervision/shared';

interface Props {
  member: GroupMemberView;
  /** Their personal link as made in this browser, or null when it was made elsewhere or is lost. */
  link: string | null;
  busy: boolean;
  onNewLink: () => void;
  onRemove: () => void;
}

/** One member: name, how often they came, when they last presented, and their link. */
export function MemberRow({ member, link, busy, onNewLink, onRemove }: Props) {
  const { t, i18n } = useTranslation();
  const [confirm, setConfirm] = useState<'remove' | 'link' | null>(null);
  const fieldId = `member-link-${member.id}`;
  return (
    <li className="group-list__item" data-testid="group-member" data-member-id={member.id}>
      <div>
        <strong>{member.name}</strong>
        <p className="muted">
          {t('groups.members.attended', { count: member.attended })}
          {member.lastPresentedAt && ' · '}
          {member.lastPresentedAt &&
            t('groups.members.lastPresented', {
              date: formatLongDate(member.lastPresentedAt, i18n.resolvedLanguage),
            })}
        </p>
        {link && (
          <input
            id={fieldId}
            className="group-member-link"
            data-testid="group-member-link"
            readOnly
            value={link}
            aria-label={t('groups.personal.label', { name: member.name })}
            onFocus={(e) => e.target.select()}
          />
        )}
      </div>
      <div className="button-row">
        {link && (
          <CopyButton
            text={link}
            label={t('groups.personal.label', { name: member.name })}
            fieldId={fieldId}
          />
        )}
        <button
          className="button button--small"
          data-testid="group-member-new-link"
          disabled={busy}
          onClick={() => (link ? setConfirm('link') : onNewLink())}
        >
          {t('groups.personal.newLink')}
        </button>
        <button
          className="button button--small"
          data-testid="group-member-remove"
          disabled={busy}
          onClick={() => setConfirm('remove')}
        >
          {t('groups.members.remove')}
        </button>
      </div>
      {confirm === 'link' && (
        <ConfirmDialog
          id={`new-link-${member.id}`}
          question={t('groups.personal.newLinkConfirm', { name: member.name })}
          confirmLabel={t('groups.personal.newLink')}
          cancelLabel={t('groups.cancel')}
          onConfirm={() => {
            setConfirm(null);
            onNewLink();
          }}
          onCancel={() => setConfirm(null)}
        />
      )}
      {confirm === 'remove' && (
        <ConfirmDialog
          id={`remove-member-${member.id}`}
          question={t('groups.members.removeConfirm', { name: member.name })}
          confirmLabel={t('groups.members.remove')}
          cancelLabel={t('groups.cancel')}
          testId="group-remove-confirm"
          onConfirm={() => {
            setConfirm(null);
            onRemove();
          }}
          onCancel={() => setConfirm(null)}
        />
      )}
    </li>
  );
}
