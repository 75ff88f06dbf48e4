import { LIMITS } from '@intervision/shared';
import { useTranslation } from 'react-i18next';

/** The title every new session, group or gathering starts with. */
export function TitleField(props: {
  testId: string;
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        data-testid={props.testId}
        required
        maxLength={LIMITS.titleMax}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        placeholder={props.placeholder}
      />
    </label>
  );
}

/** A person's name as others will see it (joining, enrolling, facilitating). */
export function NameField(props: {
  testId: string;
  label: string;
  required: boolean;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        data-testid={props.testId}
        required={props.required}
        maxLength={LIMITS.nameMax}
        autoComplete="name"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}

/** The form's error line and its submit button, which says it is busy while the request runs. */
export function SubmitRow(props: {
  testId: string;
  label: string;
  busy: boolean;
  error: string | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      {props.error && (
        <p className="alert alert--error" role="alert" data-testid="error-message">
          {props.error}
        </p>
      )}
      <button className="button button--primary" data-testid={props.testId} disabled={props.busy}>
        {props.busy ? t('create.submitting') : props.label}
      </button>
    </>
  );
}
