// "Préparer mes fichiers": the layouts the import reads, the headers it recognises (from
// the same list the import matches on) and blank templates, made here with no network.
// A native modal <dialog>: focus moves in and stays, Escape closes.
import { useId, useMemo, useState } from 'react';
import type { FileRole, ReferenceData } from '../../domain';
import { recognisedHeaders } from '../../import';
import { CSV_TEMPLATES, templateCsv, templateWorkbook, WORKBOOK_TEMPLATE } from '../../model';
import { useModal } from '../use-modal.ts';
import { downloadBlob } from './download.ts';
import { DialogHead } from './DialogHead.tsx';
import { useText } from '../i18n/text-context.tsx';

interface Props {
  ref_: ReferenceData;
  onClose: () => void;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function HelpDialog({ ref_, onClose }: Props) {
  const t = useText();
  const { dialog, closed } = useModal(onClose);
  const id = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const lang = t.lang;

  const tables = useMemo(
    () =>
      (['actors', 'links'] as FileRole[]).map((role) => ({
        role,
        fields: recognisedHeaders(role, ref_),
      })),
    [ref_],
  );

  const downloadCsv = (index: number) => {
    const template = CSV_TEMPLATES[index];
    if (!template) return;
    const blob = new Blob([templateCsv(template)], { type: 'text/csv;charset=utf-8' });
    downloadBlob(blob, template.name);
  };
  const downloadWorkbook = () => {
    setFailure(null);
    templateWorkbook()
      .then((bytes) => downloadBlob(new Blob([bytes], { type: XLSX_TYPE }), WORKBOOK_TEMPLATE.name))
      .catch((e: unknown) => setFailure(t.helpTemplateFailed(String(e))));
  };

  return (
    <dialog
      ref={dialog}
      className="report-dialog help-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="help-dialog"
      onClose={closed}
    >
      <DialogHead
        titleId={`${id}-title`}
        title={t.helpTitle}
        closeLabel={t.close}
        onClose={onClose}
      />
      <div className="help-body">
        <p>{t.helpIntro}</p>
        <h3>{t.helpTemplates}</h3>
        <p>{t.helpTemplatesIntro}</p>
        <ul className="plain help-templates">
          {CSV_TEMPLATES.map((template, i) => (
            <li key={template.name}>
              <button
                type="button"
                data-testid={`template-${template.name}`}
                onClick={() => downloadCsv(i)}
              >
                {t.helpDownload(template.name)}
              </button>{' '}
              <span className="muted">{t.helpTemplateWhat[template.name]}</span>
            </li>
          ))}
          <li>
            <button
              type="button"
              data-testid={`template-${WORKBOOK_TEMPLATE.name}`}
              onClick={downloadWorkbook}
            >
              {t.helpDownload(WORKBOOK_TEMPLATE.name)}
            </button>{' '}
            <span className="muted">{t.helpTemplateWhat[WORKBOOK_TEMPLATE.name]}</span>
          </li>
        </ul>
        {failure && (
          <p className="notice error" role="alert">
            {failure}
          </p>
        )}
        <h3>{t.helpLayouts}</h3>
        <ul className="help-layouts">
          {t.helpLayoutList.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
        <h3>{t.helpHeaders}</h3>
        <p>{t.helpHeadersIntro}</p>
        {tables.map(({ role, fields }) => (
          <div className="table-scroll" key={role}>
            <table className="help-headers" data-testid={`help-headers-${role}`}>
              <caption>{role === 'actors' ? t.helpActorsHeaders : t.helpLinksHeaders}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.helpFieldColumn}</th>
                  <th scope="col">{t.helpHeadersColumn}</th>
                </tr>
              </thead>
              <tbody>
                {fields.map((f) => (
                  <tr key={f.field}>
                    <th scope="row">{f.label[lang]}</th>
                    <td>{f.headers.join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </dialog>
  );
}
