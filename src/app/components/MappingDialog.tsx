// Maps the columns of one file (or workbook sheet) by hand: each header with a few of its
// values and a choice of field, pre-filled with what the import guessed. Applying it
// re-runs the import with the mapping (InputFile.columns); the app keeps it for files with
// the same headers. A native modal <dialog>: focus moves in and stays, Escape closes.
import { useId, useMemo, useState } from 'react';
import {
  IGNORED_COLUMN,
  type ColumnMapping,
  type FileReport,
  type FileRole,
  type ReferenceData,
} from '../../domain';
import { mappableFields, type MappableField } from '../../import';
import { checkMapping, reportHeaders, startingFields } from '../../model';
import { useModal } from '../use-modal.ts';
import { DialogHead } from './DialogHead.tsx';
import { useText } from '../i18n/text-context.tsx';

interface Props {
  file: FileReport;
  ref_: ReferenceData;
  onApply: (columns: ColumnMapping[], role: FileRole) => void;
  onClose: () => void;
  onHelp: () => void;
}

/** The select's value of the free attribute (a field of null). */
const FREE = '';
/** Values shown per column, and their length. */
const SAMPLES = 3;
const SAMPLE_LENGTH = 40;

function samplesOf(file: FileReport, column: number): string {
  const values: string[] = [];
  for (const row of file.sample ?? []) {
    const v = (row[column] ?? '').trim();
    if (v !== '' && !values.includes(v)) values.push(v);
    if (values.length === SAMPLES) break;
  }
  return values
    .map((v) => (v.length > SAMPLE_LENGTH ? v.slice(0, SAMPLE_LENGTH - 1) + '…' : v))
    .join(' · ');
}

function groupOf(f: MappableField): 'actors' | 'links' | 'both' | 'other' {
  if (f.field === null || f.field === IGNORED_COLUMN) return 'other';
  if (f.roles.length > 1) return 'both';
  return f.roles[0] === 'links' ? 'links' : 'actors';
}

export function MappingDialog({ file, ref_, onApply, onClose, onHelp }: Props) {
  const t = useText();
  const id = useId();
  const headers = useMemo(() => reportHeaders(file), [file]);
  const [fields, setFields] = useState(() => startingFields(file, ref_));
  const [tried, setTried] = useState(false);
  const { dialog, closed, close, endWith } = useModal(onClose);
  const choices = useMemo(() => mappableFields(ref_), [ref_]);
  const groups = useMemo(() => {
    const order = ['actors', 'both', 'links', 'other'] as const;
    const label = {
      actors: t.mappingGroupActors,
      both: t.mappingGroupBoth,
      links: t.mappingGroupLinks,
      other: t.mappingGroupOther,
    };
    return order.map((g) => ({ label: label[g], fields: choices.filter((f) => groupOf(f) === g) }));
  }, [choices, t]);

  const columns: ColumnMapping[] = headers.map((header, i) => ({
    header,
    field: fields[i] ?? null,
    manual: true,
  }));
  const check = checkMapping(columns);
  const lang = t.lang;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setTried(true);
    // Applied: the dialog's own close event (on unmount) says nothing more.
    if (check.ok) endWith(() => onApply(columns, check.role));
  };

  return (
    <dialog
      ref={dialog}
      className="report-dialog mapping-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      data-testid="mapping-dialog"
      onClose={closed}
    >
      <form onSubmit={submit} className="mapping-form">
        <DialogHead
          titleId={`${id}-title`}
          title={
            <>
              {t.mappingTitle} <span className="muted">— {file.name}</span>
            </>
          }
          closeLabel={t.close}
          onClose={close}
        />
        <p id={`${id}-intro`}>
          {file.role === null && <strong>{t.mappingUnread(file.name)} </strong>}
          {t.mappingIntro}
          {file.headerLine !== undefined && file.headerLine > 1 && (
            <> {t.mappingHeaderLine(file.headerLine)}</>
          )}
        </p>
        <div className="table-scroll mapping-scroll">
          <table data-testid="mapping-table">
            <thead>
              <tr>
                <th scope="col">{t.mappingColumn}</th>
                <th scope="col">{t.mappingSample}</th>
                <th scope="col">{t.mappingField}</th>
              </tr>
            </thead>
            <tbody>
              {headers.map((header, i) => (
                <tr key={i}>
                  <th scope="row">{header}</th>
                  <td className="muted mapping-sample">{samplesOf(file, i) || '—'}</td>
                  <td>
                    <select
                      value={fields[i] ?? FREE}
                      aria-label={t.mappingFieldOf(header)}
                      data-testid="mapping-field"
                      data-header={header}
                      onChange={(e) => {
                        const value = e.target.value;
                        setFields((old) => old.map((f, j) => (j === i ? value || null : f)));
                      }}
                    >
                      {groups.map((g) => (
                        <optgroup key={g.label} label={g.label}>
                          {g.fields.map((f) => (
                            <option key={f.field ?? FREE} value={f.field ?? FREE}>
                              {f.label[lang]}
                            </option>
                          ))}
                        </optgroup>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p
          className={check.ok ? 'mapping-check' : tried ? 'mapping-check error' : 'mapping-check'}
          data-testid="mapping-check"
          aria-live="polite"
        >
          {check.ok ? t.mappingAs(check.role) : check.message[lang]}
        </p>
        <div className="dialog-actions">
          <button type="button" className="link-button" onClick={onHelp}>
            {t.helpButton}
          </button>
          <span className="spacer" />
          <button type="button" onClick={close}>
            {t.mappingCancel}
          </button>
          <button type="submit" className="primary" data-testid="mapping-apply">
            {t.mappingApply}
          </button>
        </div>
      </form>
    </dialog>
  );
}
