// Bytes → text → records: encodings, delimiters, line numbers.
import { utf8 } from '../factory.ts';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/domain/text.ts';
import { decode, decodeWindows1252 } from '../../src/import/decode.ts';
import { detectDelimiter } from '../../src/import/delimiter.ts';
import {
  normaliseNewlines,
  parseCsv,
  type CsvRecord,
  type QuoteError,
} from '../../src/import/parse.ts';
import { cp1252, utf16be, utf16le, utf8Bom } from './helpers.ts';

describe('decode', () => {
  const FRENCH = 'Cœur d’Aunis : é è à ç ù ô Œ « » – € …';

  it('UTF-8, UTF-8 with BOM (BOM removed), Windows-1252', () => {
    expect(decode(utf8(FRENCH))).toEqual({ ok: true, text: FRENCH, encoding: 'utf-8' });
    expect(decode(utf8Bom(FRENCH))).toEqual({ ok: true, text: FRENCH, encoding: 'utf-8-bom' });
    expect(decode(cp1252(FRENCH))).toEqual({ ok: true, text: FRENCH, encoding: 'windows-1252' });
  });

  it('decodes every Windows-1252 byte by the code page table (not as Latin-1)', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x92, 0x9c, 0x8c, 0xe9, 0x41, 0x81]))).toBe(
      '€’œŒéA\u0081',
    );
    const big = new Uint8Array(100_000).fill(0xe9);
    expect(decodeWindows1252(big)).toBe('é'.repeat(100_000));
  });

  it('plain ASCII is UTF-8', () => {
    expect(decode(utf8('Nom;Type\n'))).toMatchObject({ encoding: 'utf-8' });
  });

  it('with lineFeeds, CRLF and CR come out as LF, in UTF-8 and Windows-1252 alike', () => {
    const text = 'Nom;R\r\nCœur d’Aunis;"deux\rlignes"\r\n\r\nB;é\n';
    for (const bytes of [utf8(text), utf8Bom(text), cp1252(text)]) {
      const plain = decode(bytes);
      expect(decode(bytes, true)).toEqual({
        ...plain,
        text: normaliseNewlines((plain as { text: string }).text),
      });
    }
    expect(decode(utf8('\r\n\r'), true)).toMatchObject({ ok: false, code: 'empty-file' });
  });

  it('UTF-16 (Excel "Texte Unicode"): by its BOM, or without one by its NUL bytes', () => {
    const text = `Nom\tType\r\n${FRENCH}\tAssociation\r\n`;
    expect(decode(utf16le(text))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decode(utf16be(text))).toEqual({ ok: true, text, encoding: 'utf-16be' });
    expect(decode(utf16le(text, false))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decode(utf16be(text).subarray(2))).toEqual({ ok: true, text, encoding: 'utf-16be' });
    // Line ends as LF on request, as for the other encodings.
    expect(decode(utf16le(text), true)).toMatchObject({ text: normaliseNewlines(text) });
  });

  it('UTF-16 that is empty, cut in the middle of a character, or broken', () => {
    expect(decode(utf16le('\r\n  \r\n'), true)).toMatchObject({ ok: false, code: 'empty-file' });
    // An odd last byte (a file cut short) is dropped; the rest reads.
    const cut = utf16le('Nom\nA\n');
    expect(decode(cut.subarray(0, cut.length - 1))).toMatchObject({ ok: true, text: 'Nom\nA' });
    // Binary bytes that start like UTF-16 are not taken for a table: here they decode
    // without error, to ideographs (no surrogate), yet they are refused.
    const ideographs = new Uint8Array(602);
    ideographs.set([0xff, 0xfe]);
    for (let i = 2; i < ideographs.length; i += 2) {
      ideographs[i] = (i * 37) & 0xff;
      ideographs[i + 1] = 0x4e + ((i * 13) % 0x50);
    }
    expect(new TextDecoder('utf-16le', { fatal: true }).decode(ideographs)).toHaveLength(300);
    const refused = decode(ideographs);
    expect(refused).toMatchObject({ ok: false, code: 'binary-file' });
    expect((refused as { message: { en: string } }).message.en).toMatch(/UTF-16/);
    // A lone surrogate is not text.
    const broken = new Uint8Array([0xff, 0xfe, 0x4e, 0x00, 0x00, 0xd8, 0x41, 0x00]);
    const result = decode(broken);
    expect(result).toMatchObject({ ok: false, code: 'binary-file' });
    expect((result as { message: { fr: string } }).message.fr).toMatch(/UTF-16/);
  });

  it('a few control characters in a text file are tolerated', () => {
    expect(decode(utf8('Nom;Type\nA\u000bB;x\n'))).toMatchObject({ ok: true });
  });
});

describe('detectDelimiter', () => {
  const table: [string, string, string][] = [
    ['semicolon', 'Nom;Type;Secteurs\nA;B;C\nD;E;F\n', ';'],
    ['comma', 'Nom,Type,Secteurs\nA,B,C\n', ','],
    ['tab', 'Nom\tType\nA\tB\n', '\t'],
    ['pipe (RPPS)', 'Identifiant PP|Nom|Prénom\n10001|Dupont|Jean\n', '|'],
    ['; with decimal commas', 'Nom;Influence;Intérêt\nA;2,5;3,0\nB;1,5;4,5\n', ';'],
    [
      '; with quoted commas',
      'Nom;Secteurs\n"Dupont, Jean";"Soins, Social"\nB;"Logement, Emploi"\n',
      ';',
    ],
    [
      '; with unquoted lists',
      'Nom;Secteurs\nA;Soins, Social, Logement\nB;Emploi\nC;Sport, Culture\n',
      ';',
    ],
    [
      ', with quoted semicolons',
      'Nom,Secteurs\nA,"Soins; Social"\nB,"Logement; Emploi; Sport"\n',
      ',',
    ],
    ['comma header with one ; in a name', 'Nom,Type\n"Mairie; annexe",Collectivité\nB,C\n', ','],
    ['one column', 'Nom\nMairie de Rochebrune\nCCAS\n', ';'],
    ['one column with commas in names', 'Nom\nMairie, service santé\nCCAS, pôle seniors\n', ';'],
    ['one column with ; in names', 'Nom\nA; B\nC; D\n', ','],
    ['title row padded by Excel', 'Inventaire;;\n;;\nNom;Type;CLS\nA;B;x\n', ';'],
    ['header only', 'Nom;Type', ';'],
  ];
  for (const [label, text, expected] of table) {
    it(label, () => expect(detectDelimiter(text)).toBe(expected));
  }
});

describe('parseCsv line numbers', () => {
  function parse(text: string) {
    const records: CsvRecord[] = [];
    const errors: QuoteError[] = [];
    parseCsv(normaliseNewlines(text), ';', {
      onRecord: (r) => void records.push(r),
      onQuoteError: (e) => void errors.push(e),
    });
    return { records: records.map((r) => [r.line, r.cells]), errors };
  }

  it('counts records, not text lines; blank records count but are skipped', () => {
    const text = 'Nom;Remarque\r\nA;"deux\r\nlignes"\r\n\r\n;;\r\nB;"trois\nlignes\nici"\nC;x';
    expect(parse(text).records).toEqual([
      [1, ['Nom', 'Remarque']],
      [2, ['A', 'deux\nlignes']],
      [5, ['B', 'trois\nlignes\nici']],
      [6, ['C', 'x']],
    ]);
  });

  it('old Mac CR-only line ends', () => {
    expect(parse('Nom\rA\rB\r').records).toEqual([
      [1, ['Nom']],
      [2, ['A']],
      [3, ['B']],
    ]);
  });

  it('doubled quotes and delimiters inside quotes', () => {
    expect(parse('Nom;R\n"GEM ""Le Phare""";"a;b"\n').records).toEqual([
      [1, ['Nom', 'R']],
      [2, ['GEM "Le Phare"', 'a;b']],
    ]);
  });

  it('an unterminated quote is reported on its line and reading goes on', () => {
    const r = parse('Nom;R\nA;"x\nB;y\nC;z\n');
    expect(r.errors).toEqual([{ line: 2, cell: 1, cells: ['A'] }]);
    expect(r.records).toEqual([
      [1, ['Nom', 'R']],
      [3, ['B', 'y']],
      [4, ['C', 'z']],
    ]);
  });

  it('an unterminated quote on the last line', () => {
    const r = parse('Nom;R\nA;x\nB;"y');
    expect(r.errors).toEqual([{ line: 3, cell: 1, cells: ['B'] }]);
    expect(r.records.map((x) => x[0])).toEqual([1, 2]);
  });

  it('stops when asked', () => {
    const seen: number[] = [];
    parseCsv('a\nb\nc\nd\n', ';', {
      onRecord: (r) => {
        seen.push(r.line);
        return r.line < 2;
      },
      onQuoteError: () => {},
    });
    expect(seen).toEqual([1, 2]);
  });
});

describe('parseCsv reads what Papaparse reads without error as Papaparse does', () => {
  // Texts without quotes, or whose quotes all open a cell and close before a delimiter, a
  // newline or the end, are read without Papaparse: same records, same line numbers.
  function ours(text: string, delimiter: string) {
    const records: [number, string[]][] = [];
    parseCsv(text, delimiter, {
      onRecord: (r) => void records.push([r.line, r.cells]),
      onQuoteError: () => {
        throw new Error('no quote error expected');
      },
    });
    return records;
  }
  function papaparse(text: string, delimiter: string) {
    const records: [number, string[]][] = [];
    let line = 0;
    Papa.parse<string[]>(text, {
      delimiter,
      newline: '\n',
      quoteChar: '"',
      escapeChar: '"',
      step: (r) => {
        line++;
        expect(r.errors).toEqual([]);
        if (!r.data.every((c) => c.trim() === '')) records.push([line, r.data]);
      },
    });
    return records;
  }
  const texts: [string, string][] = [
    ['Nom;Type\nA;B\n\n;\nC;D', ';'],
    ['\ufeffNom;Type\nA;B\n', ';'],
    ['Nom,R\nA,"x, y"\n"B",""\n"C ""c""","deux\nlignes"\nD,x"y"\n', ','],
    ['Nom\tR\n"A"\t"B"', '\t'],
    ['Nom|R\n"a|b"|\n|"c"\n', '|'],
    ['Nom\nMairie\nCCAS\n', ';'],
    ['', ';'],
    ['""', ';'],
  ];
  for (const [text, delimiter] of texts) {
    it(JSON.stringify(text), () =>
      expect(ours(text, delimiter)).toEqual(papaparse(text, delimiter)),
    );
  }
});

describe('fold, one code point at a time', () => {
  // The chain fold applies to the whole text, applied here as it always was.
  const chain = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
      .replace(/œ/gi, 'oe')
      .replace(/æ/gi, 'ae')
      .replace(/[ßẞ]/g, 'ss')
      // Lower case letter by letter (a final Σ is σ, as in a word's middle).
      .replace(/./gsu, (c) => c.toLowerCase())
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
      .trim()
      .normalize('NFC');

  it.each([
    'Mission locale 12',
    'L’Hôpital  Nord',
    '𝐌𝐚𝐢𝐫𝐢𝐞 de Sèvres',
    'a\ud835b',
    '\udc00x',
    'İstanbul ΣΑΣ',
    'e\u0301\u0327te\u0301',
    '㎏ Ⅻ ⓐ ǅ',
    '😀 GEM 😀',
  ])('%j', (text) => {
    expect(fold(text)).toBe(chain(text));
  });
});
