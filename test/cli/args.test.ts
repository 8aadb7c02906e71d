import { describe, expect, it } from 'vitest';
import { parseArgs, USAGE, UsageError } from '../../src/cli/args.ts';

describe('parseArgs', () => {
  it('reads files, forced roles, format and output in order', () => {
    expect(
      parseArgs([
        'analyze',
        'a.csv',
        '--actors',
        'b.csv',
        '--links',
        'c.csv',
        '--format',
        'markdown',
        '--out',
        'r.md',
        '--threads',
        '0',
      ]),
    ).toEqual({
      command: 'analyze',
      files: [
        { path: 'a.csv' },
        { path: 'b.csv', role: 'actors' },
        { path: 'c.csv', role: 'links' },
      ],
      format: 'markdown',
      out: 'r.md',
      threads: 0,
      columns: [],
      rules: {},
    });
  });

  it('reads --column "HEADER=FIELD", attribute and ignore, and refuses an unknown field', () => {
    const args = parseArgs([
      'analyze',
      'a.csv',
      '--column',
      'Intitulé=name',
      '--column',
      'Partenaires = partners',
      '--column',
      'Notes=attribute',
      '--column',
      'A=b=ignore',
      '--column',
      'Participation=scheme:CLSM',
    ]);
    expect(args).toMatchObject({
      columns: [
        { header: 'Intitulé', field: 'name', manual: true },
        { header: 'Partenaires', field: 'partners', manual: true },
        { header: 'Notes', field: null, manual: true },
        { header: 'A=b', field: 'ignore', manual: true },
        { header: 'Participation', field: 'scheme:CLSM', manual: true },
      ],
    });
    expect(() => parseArgs(['analyze', 'a.csv', '--column', 'Nom=nom'])).toThrow(
      /unknown field "nom".*Valid fields: name, id, .*partners.*scheme:CLS.*source, target.*attribute, ignore/,
    );
    expect(() => parseArgs(['analyze', 'a.csv', '--column', 'Nom'])).toThrow(UsageError);
    expect(() => parseArgs(['analyze', 'a.csv', '--column'])).toThrow(UsageError);
  });

  it('defaults to JSON and accepts md for markdown', () => {
    expect(parseArgs(['analyze', 'x.csv'])).toMatchObject({ format: 'json' });
    expect(parseArgs(['analyze', 'x.csv', '--format', 'md'])).toMatchObject({ format: 'markdown' });
  });

  it('names in its help the formats it reads, not CSV only', () => {
    expect(USAGE).toMatch(/\.xlsx, \.ods, \.xls/);
    expect(USAGE).toContain('GEXF, GraphML');
  });

  it('answers help and version', () => {
    expect(parseArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['analyze', '-h'])).toEqual({ command: 'help' });
    expect(parseArgs(['--version'])).toEqual({ command: 'version' });
  });

  it.each([
    [[], /No command/],
    [['draw', 'x.csv'], /Unknown command "draw"/],
    [['analyze'], /No file given/],
    [['analyze', 'x.csv', '--format', 'xml'], /--format must be json or markdown/],
    [['analyze', 'x.csv', '--out'], /--out needs a value/],
    [['analyze', '--actors', '--links', 'l.csv'], /--actors needs a value/],
    [['analyze', 'x.csv', '--threads', 'two'], /--threads must be an integer/],
    [['analyze', 'x.csv', '--verbose'], /Unknown option "--verbose"/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it.each([
    [['--out'], /--out needs a value/],
    [['--actors', '--links', 'l.csv'], /--actors needs a value/],
    [['x.csv', '--verbose'], /Unknown option "--verbose"/],
    [['x.csv', '--column', 'Nom=nom'], /unknown field "nom"/],
    [['x.csv', '--encoding', 'ebcdic'], /unknown encoding "ebcdic"/],
    [['x.csv', '--encoding', 'y.csv=utf-8'], /--encoding: no file "y.csv" given/],
  ])('gives analyze and compare the same error for %j', (options, message) => {
    expect(() => parseArgs(['analyze', ...options])).toThrow(message);
    expect(() => parseArgs(['compare', '--before', 'a.csv', '--after', ...options])).toThrow(
      message,
    );
  });

  it('reads compare: files per version, its own formats, and refuses analyze-only options', () => {
    expect(
      parseArgs([
        'compare',
        '--before',
        'a.csv',
        '--after',
        'b.csv',
        '--format',
        'csv',
        '-o',
        'd.csv',
      ]),
    ).toEqual({
      command: 'compare',
      before: [{ path: 'a.csv' }],
      after: [{ path: 'b.csv' }],
      format: 'csv',
      out: 'd.csv',
      columns: [],
      rules: {},
    });
    // The rules, as analyze takes them, wherever they stand among the sides' files.
    expect(
      parseArgs([
        'compare',
        '--rule',
        'residents-in-cls-copil=on',
        '--before',
        'a.csv',
        '--rules',
        'r.json',
        '--after',
        'b.csv',
        '--rule',
        'asv-coordinator-in-clsm-copil=off',
      ]),
    ).toMatchObject({
      before: [{ path: 'a.csv' }],
      after: [{ path: 'b.csv' }],
      rules: { 'residents-in-cls-copil': true, 'asv-coordinator-in-clsm-copil': false },
      rulesFile: 'r.json',
    });
    expect(parseArgs(['compare', '--help'])).toEqual({ command: 'help' });
    expect(() => parseArgs(['analyze', 'x.csv', '--format', 'csv'])).toThrow(
      /--format must be json or markdown, not "csv"/,
    );
    expect(() =>
      parseArgs(['compare', '--before', 'a.csv', '--after', 'b.csv', '--format', 'xml']),
    ).toThrow(/--format must be json, markdown or csv, not "xml"/);
    expect(() =>
      parseArgs(['compare', '--before', 'a.csv', '--after', 'b.csv', '--threads', '2']),
    ).toThrow(/Unknown option "--threads"/);
    expect(() => parseArgs(['compare', 'a.csv', '--after', 'b.csv'])).toThrow(
      /"a.csv": say which version/,
    );
    expect(() => parseArgs(['compare', '--before', 'a.csv'])).toThrow(/No file given for --after/);
  });
});
