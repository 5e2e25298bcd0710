import { type HostCandidate, hostLabel } from '@parley/api-contract';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BreakableEmail } from '../../../components/breakable-email.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { hostFlagLabel, zoomLicenseLabel, zoomUserStatusLabel } from '../../../zoom/zoom-labels.ts';

/** A label is 200 characters at most (the server refuses more); the field stops there already. */
const maxLabelLength = 200;

/** How saving a label went; `fieldError` is the server's sentence about this label, shown at the field. */
export type LabelSaveResult = { saved: true } | { saved: false; fieldError: string | null };

interface HostCandidatesTableProps {
  hosts: HostCandidate[];
  canEdit: boolean;
  busyHostId: string | null;
  /** Resolves to how saving went: saved (the row leaves editing), or the problem to show at the field. */
  onSaveLabel: (host: HostCandidate, label: string) => Promise<LabelSaveResult>;
  /** Offered for hosts who can no longer host; others are unselected in the "Choose hosts" dialog. */
  onRemove: (host: HostCandidate) => void;
}

export function HostCandidatesTable({
  hosts,
  canEdit,
  busyHostId,
  onSaveLabel,
  onRemove,
}: HostCandidatesTableProps) {
  const { t } = useTranslation('zoom');
  return (
    <DataTable
      caption={t('zoom.hostCandidates.heading')}
      columns={[
        t('zoom.hostCandidates.label'),
        t('zoom.hostCandidates.zoomEmail'),
        t('zoom.hostCandidates.license'),
        t('zoom.hostCandidates.status'),
        ...(canEdit ? [{ label: t('zoom.hostCandidates.actions'), hidden: true as const }] : []),
      ]}
    >
      {hosts.map((host) => (
        <HostCandidateRow
          key={host.id}
          host={host}
          canEdit={canEdit}
          saving={busyHostId === host.id}
          onSaveLabel={onSaveLabel}
          onRemove={onRemove}
        />
      ))}
    </DataTable>
  );
}

type HostCandidateRowProps = Pick<HostCandidatesTableProps, 'canEdit' | 'onSaveLabel' | 'onRemove'> & {
  host: HostCandidate;
  saving: boolean;
};

function HostCandidateRow({ host, canEdit, saving, onSaveLabel, onRemove }: HostCandidateRowProps) {
  const { t, i18n } = useTranslation('zoom');
  const label = hostLabel(host, i18n.language);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(label);
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const errorId = useId();

  useEffect(() => {
    if (editing) inputRef.current?.focus();
    else if (returnFocus) {
      editButtonRef.current?.focus();
      setReturnFocus(false);
    }
  }, [editing, returnFocus]);

  function stopEditing() {
    setFieldError(null);
    setEditing(false);
    setReturnFocus(true);
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFieldError(null);
    const result = await onSaveLabel(host, draft);
    if (result.saved) stopEditing();
    else if (result.fieldError) {
      setFieldError(result.fieldError);
      inputRef.current?.focus();
    }
  }

  return (
    <tr className={host.flag ? 'row-flagged' : undefined}>
      <th scope="row">
        {editing ? (
          <form className="inline-edit" onSubmit={save}>
            <label htmlFor={inputId} className="visually-hidden">
              {t('zoom.hostCandidates.labelFor', { email: host.email })}
            </label>
            <input
              id={inputId}
              ref={inputRef}
              value={draft}
              maxLength={maxLabelLength}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={fieldError ? errorId : undefined}
              placeholder={t('zoom.hostCandidates.labelPlaceholder')}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') stopEditing();
              }}
            />
            <button type="submit" className="button button-primary button-small" disabled={saving}>
              {saving ? t('common.saving') : t('zoom.hostCandidates.saveLabel')}
            </button>
            <button type="button" className="button button-secondary button-small" onClick={stopEditing}>
              {t('common.cancel')}
            </button>
            {fieldError && (
              <p className="field-error" id={errorId}>
                {fieldError}
              </p>
            )}
          </form>
        ) : (
          <>
            <span className="cell-title">{label}</span>
            {host.isDefault && <span className="badge badge-info">{t('zoom.hostCandidates.default')}</span>}
          </>
        )}
      </th>
      <td>
        <BreakableEmail email={host.email} />
      </td>
      <td className="cell-nowrap">{zoomLicenseLabel(host.type, t)}</td>
      <td>
        <span>{zoomUserStatusLabel(host.status, t)}</span>
        {host.flag && (
          <span className="host-flag">
            <span aria-hidden="true">⚠ </span>
            {t('zoom.hostCandidates.cannotHost', { reason: hostFlagLabel(host.flag, t) })}
          </span>
        )}
      </td>
      {canEdit && (
        <td className="cell-actions cell-actions-stacked">
          {!editing && (
            <button
              ref={editButtonRef}
              type="button"
              className="button button-secondary button-small"
              aria-label={t('zoom.hostCandidates.editLabelFor', { email: host.email })}
              onClick={() => {
                setDraft(label);
                setEditing(true);
              }}
            >
              {t('zoom.hostCandidates.editLabel')}
            </button>
          )}
          {!editing && host.flag && (
            <button
              type="button"
              className="button button-secondary button-small"
              aria-label={t('zoom.hostCandidates.removeHost', { email: host.email })}
              disabled={saving}
              onClick={() => onRemove(host)}
            >
              {t('zoom.hostCandidates.remove')}
            </button>
          )}
        </td>
      )}
    </tr>
  );
}
