// Which of ; , tab | separates the fields, from the first records (quotes respected).

export const DELIMITERS = [';', ',', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 30;

/** Per record of the sample, how many times each candidate appears outside quotes. */
function countOutsideQuotes(text: string): Map<Delimiter, number[]> {
  const counts = new Map<Delimiter, number[]>(DELIMITERS.map((d) => [d, []]));
  const current = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let fieldStart = true;
  let records = 0;
  let blank = true;
  const end = Math.min(text.length, SAMPLE_CHARS);
  const flush = () => {
    if (!blank) {
      for (const d of DELIMITERS) counts.get(d)!.push(current.get(d)!);
      records++;
    }
    for (const d of DELIMITERS) current.set(d, 0);
    blank = true;
  };
  for (let i = 0; i < end && records < SAMPLE_RECORDS; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === '"' && fieldStart) {
      inQuotes = true;
      fieldStart = false;
      blank = false;
      continue;
    }
    if (c === '\n' || c === '\r') {
      flush();
      fieldStart = true;
      continue;
    }
    if (current.has(c as Delimiter)) {
      current.set(c as Delimiter, current.get(c as Delimiter)! + 1);
      fieldStart = true;
      continue;
    }
    if (c !== ' ') blank = false;
    fieldStart = false;
  }
  // The last record counts only when complete (the sample may cut it) or when the text ends.
  if (records < SAMPLE_RECORDS && end === text.length) flush();
  return counts;
}

/**
 * The delimiter of a CSV text: among the candidates found in the first record (the header, or
 * a title row that Excel pads with separators), the one whose most frequent non-zero count per
 * record is shared by the most records, so a decimal comma or a comma inside a `;` file's cell
 * does not fool it; ties go to more fields, then to the order ; , tab |. A one-column file
 * (no candidate in its first record) gets the first candidate that appears nowhere in the
 * sample, else `;`.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = countOutsideQuotes(text);
  let best: Delimiter | null = null;
  let bestAgreeing = 0;
  let bestFields = 0;
  for (const d of DELIMITERS) {
    if (!counts.get(d)![0]) continue;
    const frequency = new Map<number, number>();
    for (const n of counts.get(d)!) if (n > 0) frequency.set(n, (frequency.get(n) ?? 0) + 1);
    for (const [fields, agreeing] of frequency) {
      if (agreeing > bestAgreeing || (agreeing === bestAgreeing && fields > bestFields)) {
        best = d;
        bestAgreeing = agreeing;
        bestFields = fields;
      }
    }
  }
  if (best) return best;
  for (const d of DELIMITERS) {
    if (counts.get(d)!.every((n) => n === 0)) return d;
  }
  return ';';
}
