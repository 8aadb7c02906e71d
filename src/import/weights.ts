// Link weights outside 1–3 (Gephi, Kumu): kept as written, rescaled into 1–3 for the drawing.
import type { Link } from '../domain';
import { info, quoted, type Report } from './report.ts';

/** French decimals: "0,5". */
function frNumber(n: number): string {
  return String(n).replace('.', ',');
}

/**
 * The numeric weights of a links file. When one leaves 1–3 (Gephi and Kumu weights: 0.5, 7,
 * 250), every weight of the file is kept as written (`Link.weight`) and its strength is
 * the weight rescaled linearly from the file's [min, max] onto [1, 3], for the drawing.
 */
export class Weights {
  private readonly links: Link[] = [];
  private readonly values: number[] = [];
  private outside = false;

  add(link: Link, value: number): void {
    this.links.push(link);
    this.values.push(value);
    if (value < 1 || value > 3) this.outside = true;
  }

  rescale(file: string, headerOf: (field: string) => string, report: Report): void {
    if (!this.outside) return;
    let min = Infinity;
    let max = -Infinity;
    for (const v of this.values) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    const span = max - min;
    this.links.forEach((link, i) => {
      const v = this.values[i]!;
      link.weight = v;
      link.strength = span === 0 ? 2 : Math.round((1 + (2 * (v - min)) / span) * 10) / 10;
    });
    const column = headerOf('strength');
    report.add(
      info(
        { file, column },
        'weights-rescaled',
        `Les poids de la colonne ${quoted(column).fr} vont de ${frNumber(min)} à ${frNumber(max)}, hors de l’échelle 1–3 : chaque valeur d’origine est gardée (« poids » dans les détails du lien et les exports) et ramenée linéairement entre 1 et 3 pour l’épaisseur des liens (${frNumber(min)} → 1, ${frNumber(max)} → 3).`,
        `The weights of column ${quoted(column).en} range from ${min} to ${max}, outside the 1–3 scale: each original value is kept ("weight" in the link's details and the exports) and rescaled linearly between 1 and 3 for the links' thickness (${min} → 1, ${max} → 3).`,
      ),
    );
  }
}
