// Rows of a links file → Link objects, one per valid row (the model merges parallel links).
// Endpoints are actor ids or names, matched after folding case, accents, apostrophes and
// spaces. An unknown endpoint is an error for its row, with the closest name suggested —
// except in a links-only import (no actors file at all), where actors are created from the
// endpoint names, and the report says so once per file.
import { emptyRecord, fold, type Link } from '../domain';
import { isNo, parseBoolean, parseScore, splitList, type ScoreResult } from './cells.ts';
import { columnLayout, findSchemes } from './columns.ts';
import type { ImportContext } from './context.ts';
import { reportUnresolved, type Endpoints } from './endpoints.ts';
import type { OpenedFile } from './file.ts';
import { invalidScoreWords, selfLinkWords, unknownSchemesWords } from './field-messages.ts';
import {
  directedUnclear,
  linkSchemeKept,
  missingEndpoint,
  onLine,
  selfLinkRefused,
  strengthIgnored,
} from './messages/rows.ts';
import { actorsFromLinks } from './messages/file.ts';
import { readRows, type Row } from './rows.ts';
import { cleanName } from './actors.ts';
import { error, info, warning } from './report.ts';
import { Weights } from './weights.ts';

/** Memo sizes are capped: a column of free text would only grow them. */
const MEMO_LIMIT = 20_000;

function remember<T>(memo: Map<string, T>, key: string, value: T): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
}

/** Shared by the rows without a type or a scheme: never written to (links get copies). */
const NO_TYPES: { types: string[]; directed: boolean | undefined } = {
  types: [],
  directed: undefined,
};
const NO_SCHEMES: string[] = [];
const EMPTY_SCORE: ScoreResult = { kind: 'empty' };

const DIRECTED_TYPES = new Map([
  ['directed', true],
  ['oriente', true],
  ['undirected', false],
  ['non oriente', false],
]);

/** `record` with `header` set to `value`, the record made for the first one. */
function withAttribute(
  record: Record<string, string> | null,
  header: string,
  value: string,
): Record<string, string> {
  const written = record ?? emptyRecord<string>();
  written[header] = value;
  return written;
}

export function readLinks(opened: OpenedFile, ctx: ImportContext, endpoints: Endpoints): Link[] {
  const layout = columnLayout(opened.mappings);
  const col = (field: string) => layout.fields.get(field);
  const headerOf = (field: string) => opened.headers[col(field)!]!;
  const report = ctx.report;
  const links: Link[] = [];
  const createdBefore = endpoints.created.length;

  const get = (row: Row, i: number | undefined): string =>
    i === undefined ? '' : (row.values[i] ?? '');
  const at = (row: Row, field: string) => ({
    file: opened.name,
    line: row.line,
    column: headerOf(field),
  });
  // Column indices, looked up once rather than per cell.
  const sourceColumn = col('source');
  const targetColumn = col('target');
  const typeColumn = col('type');
  const strengthColumn = col('strength');
  const schemeColumn = col('scheme');
  const directedColumn = col('directed');
  const tagsColumn = col('tags');

  /**
   * Endpoint cells that named one actor, with its id: endpoint names repeat over thousands
   * of rows, and a name once found always resolves the same (Endpoints caches its hits).
   */
  const found = new Map<string, string[]>();

  /** The actor ids of one endpoint cell, or null after reporting an error. */
  const endpoint = (row: Row, field: 'source' | 'target'): string[] | null => {
    const raw = get(row, field === 'source' ? sourceColumn : targetColumn);
    const known = found.get(raw);
    if (known) return known;
    const column = headerOf(field);
    const place = { file: opened.name, line: row.line, column };
    const text = cleanName(raw);
    if (text === '') {
      report.add(error(place, 'missing-endpoint', onLine(row.line, missingEndpoint(column))));
      return null;
    }
    const whole = endpoints.resolve(text);
    // Kumu writes several endpoints in one cell, separated by |.
    const values =
      whole === null && text.includes('|')
        ? text
            .split('|')
            .map(cleanName)
            .filter((v) => v !== '')
        : [text];
    const ids: string[] = [];
    for (const value of values) {
      const r = values.length === 1 ? whole : endpoints.resolve(value);
      if (r && 'id' in r) {
        if (!ids.includes(r.id)) ids.push(r.id);
        continue;
      }
      if (endpoints.createMissing && r === null) {
        ids.push(
          endpoints.create(value, opened.name, row.line, ctx.actorType(value) ?? 'autre').id,
        );
        continue;
      }
      reportUnresolved(report, endpoints, place, value, r, 'endpoint');
      return null;
    }
    if (values.length === 1 && whole && 'id' in whole) found.set(raw, ids);
    return ids;
  };

  const typeCells = new Map<string, { types: string[]; directed: boolean | undefined }>();
  /** A type cell: its link types (case and accents aside, once each) and any direction word. */
  const typeCell = (text: string) => {
    let r = typeCells.get(text);
    if (!r) {
      r = { types: [], directed: undefined };
      for (const t of splitList(text)) {
        const d = DIRECTED_TYPES.get(fold(t));
        if (d !== undefined) r.directed = d;
        else if (!r.types.some((x) => fold(x) === fold(t))) r.types.push(t);
      }
      remember(typeCells, text, r);
    }
    return r;
  };

  const schemeCells = new Map<string, { schemes: string[]; unknown: string[] }>();
  /** A scheme cell: the schemes it names (once each) and its values that name none. */
  const schemeCellOf = (text: string) => {
    let r = schemeCells.get(text);
    if (!r) {
      r = { schemes: [], unknown: [] };
      for (const v of splitList(text)) {
        const names = findSchemes(v, ctx.index).schemes;
        if (names.length === 0) r.unknown.push(v);
        for (const s of names) if (!r.schemes.includes(s)) r.schemes.push(s);
      }
      remember(schemeCells, text, r);
    }
    return r;
  };

  const scores = new Map<string, ScoreResult>();
  const strengthOf = (text: string): ScoreResult => {
    let r = scores.get(text);
    if (!r) {
      r = parseScore(text, 1, 3);
      remember(scores, text, r);
    }
    return r;
  };

  const onRow = (row: Row): boolean => {
    const sources = endpoint(row, 'source');
    const targets = endpoint(row, 'target');
    if (!sources || !targets) return false;
    for (const s of sources) {
      if (targets.includes(s)) {
        const name = cleanName(get(row, targetColumn));
        report.add(
          error(
            { file: opened.name, line: row.line, column: headerOf('target') },
            'self-link',
            onLine(
              row.line,
              selfLinkRefused(selfLinkWords(name), headerOf('source'), headerOf('target')),
            ),
          ),
        );
        return false;
      }
    }
    // Most rows have no free attribute: their record is made only when one is found.
    let attributes: Record<string, string> | null = null;
    const typeText = get(row, typeColumn);
    const { types, directed: typeDirection } = typeText === '' ? NO_TYPES : typeCell(typeText);
    let directed = typeDirection;
    let strength: number | undefined;
    const strengthCell = get(row, strengthColumn);
    const score = strengthCell === '' ? EMPTY_SCORE : strengthOf(strengthCell);
    // A number is a weight, maybe outside 1–3 (Gephi, Kumu): never dropped, see `rescale`.
    const weight =
      (score.kind === 'ok' || score.kind === 'out-of-range') && /\d/.test(strengthCell)
        ? score.value
        : undefined;
    if (score.kind === 'ok') strength = score.value;
    else if (score.kind !== 'empty' && weight === undefined) {
      report.add(
        warning(
          at(row, 'strength'),
          'invalid-score',
          onLine(row.line, strengthIgnored(invalidScoreWords(strengthCell, 3))),
        ),
      );
    }
    const schemeCell = get(row, schemeColumn);
    let schemes: string[] = NO_SCHEMES;
    if (schemeCell !== '') {
      const { schemes: named, unknown } = schemeCellOf(schemeCell);
      schemes = [...named];
      if (unknown.length > 0) {
        attributes = withAttribute(attributes, headerOf('scheme'), schemeCell);
        const m = unknownSchemesWords(unknown);
        report.add(
          warning(at(row, 'scheme'), 'unknown-scheme', onLine(row.line, linkSchemeKept(m))),
        );
      }
    }
    for (const sc of layout.schemes) {
      if (!isNo(row.values[sc.index] ?? '') && !schemes.includes(sc.scheme)) {
        if (schemes === NO_SCHEMES) schemes = [];
        schemes.push(sc.scheme);
      }
    }
    const directedCell = get(row, directedColumn);
    const d = directedCell === '' ? undefined : parseBoolean(directedCell, 'directed');
    if (d === null) {
      report.add(
        warning(
          at(row, 'directed'),
          'invalid-boolean',
          onLine(row.line, directedUnclear(directedCell)),
        ),
      );
    } else if (d !== undefined) directed = d;
    const tagsCell = get(row, tagsColumn);
    if (tagsCell !== '') {
      const other: string[] = [];
      for (const tag of splitList(tagsCell)) {
        const scheme = ctx.exactScheme(tag);
        if (scheme) {
          if (!schemes.includes(scheme)) {
            if (schemes === NO_SCHEMES) schemes = [];
            schemes.push(scheme);
          }
        } else other.push(tag);
      }
      if (other.length > 0) {
        attributes = withAttribute(attributes, headerOf('tags'), other.join(' | '));
      }
    }
    for (const a of layout.attributes) {
      const value = (row.values[a.index] ?? '').trim();
      if (value !== '') attributes = withAttribute(attributes, a.header, value);
    }
    for (const x of row.extra) attributes = withAttribute(attributes, x.header, x.value);

    for (const source of sources) {
      for (const target of targets) {
        const link: Link = {
          source,
          target,
          types: [...types],
          schemes: [...schemes],
          directed: directed ?? false,
          attributes: attributes === null ? {} : { ...attributes },
          files: [opened.name],
          sources: [{ file: opened.name, line: row.line }],
        };
        if (strength !== undefined) link.strength = strength;
        if (weight !== undefined) weights.add(link, weight);
        links.push(link);
      }
    }
    return true;
  };

  const weights = new Weights();
  readRows(opened, report, onRow);
  weights.rescale(opened.name, headerOf, report);

  const created = endpoints.created.length - createdBefore;
  if (created > 0) {
    report.add(info({ file: opened.name }, 'actors-from-links', actorsFromLinks(created)));
  }
  return links;
}
