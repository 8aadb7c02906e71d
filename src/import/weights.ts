// Link weights outside 1–3 (Gephi, Kumu): kept as written, rescaled into 1–3 for the drawing.
import type { Link } from '../domain';
import { weightsRescaled } from './messages/file.ts';
import { info, type Report } from './report.ts';

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
    report.add(info({ file, column }, 'weights-rescaled', weightsRescaled(column, min, max)));
  }
}
