import { REF, utf8 } from '../factory.ts';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/import/index.ts';
import {
  ACTORS_TEMPLATE,
  CSV_TEMPLATES,
  LINKS_TEMPLATE,
  ONE_SHEET_TEMPLATE,
  templateCsv,
  templateWorkbook,
  WORKBOOK_TEMPLATE,
} from '../../src/model/templates.ts';

const errors = (result: ReturnType<typeof importFiles>) =>
  result.issues.filter((i) => i.severity !== 'info').map((i) => `${i.file}: ${i.message.en}`);

describe('the blank templates', () => {
  it('are CSV for Excel in French: BOM, semicolons, CRLF, a header and two examples', () => {
    for (const template of CSV_TEMPLATES) {
      const text = templateCsv(template);
      expect(text.startsWith('\uFEFF')).toBe(true);
      const lines = text.slice(1).split('\r\n');
      expect(lines).toHaveLength(4);
      expect(lines[0]).toBe(template.rows[0]!.join(';'));
      expect(lines[3]).toBe('');
    }
  });

  it('import cleanly: the actors and links files give their rows, with no error', () => {
    const result = importFiles(
      [ACTORS_TEMPLATE, LINKS_TEMPLATE].map((t) => ({ name: t.name, bytes: utf8(templateCsv(t)) })),
      REF,
    );
    expect(errors(result)).toEqual([]);
    expect(result.files.map((f) => [f.name, f.role, f.rows, f.imported])).toEqual([
      ['acteurs.csv', 'actors', 2, 2],
      ['liens.csv', 'links', 2, 2],
    ]);
    expect(result.actors.map((a) => a.id).sort()).toEqual(['ch', 'mairie']);
    expect(result.actors.find((a) => a.id === 'ch')?.schemes).toEqual({
      CLS: ['cotech'],
      CLSM: ['pleniere'],
    });
    expect(result.links).toHaveLength(2);
  });

  it('import cleanly: the one-sheet inventory gives its actors, with no error', () => {
    const result = importFiles(
      [{ name: ONE_SHEET_TEMPLATE.name, bytes: utf8(templateCsv(ONE_SHEET_TEMPLATE)) }],
      REF,
    );
    expect(errors(result)).toEqual([]);
    expect(result.files[0]).toMatchObject({ role: 'actors', rows: 2, imported: 2 });
    expect(result.files[0]!.columns.find((c) => c.header === 'Partenaires')?.field).toBe(
      'partners',
    );
  });

  it('the workbook has the actors and links sheets, which import cleanly', async () => {
    const book = XLSX.read(await templateWorkbook(), { type: 'array' });
    expect(book.SheetNames).toEqual(WORKBOOK_TEMPLATE.sheets.map((s) => s.sheet));
    const inputs = WORKBOOK_TEMPLATE.sheets.map(({ sheet, rows }) => {
      const cells = XLSX.utils.sheet_to_json<string[]>(book.Sheets[sheet]!, {
        header: 1,
        defval: '',
        raw: false,
      });
      expect(cells).toEqual(rows);
      return {
        name: `${sheet}.csv`,
        bytes: utf8(XLSX.utils.sheet_to_csv(book.Sheets[sheet]!, { FS: ';' })),
      };
    });
    const result = importFiles(inputs, REF);
    expect(errors(result)).toEqual([]);
    expect(result.actors).toHaveLength(2);
    expect(result.links).toHaveLength(2);
  });
});
