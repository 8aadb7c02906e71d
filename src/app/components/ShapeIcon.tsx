// A node shape as a small SVG, drawn from the same points Cytoscape uses.
import { shapePoints, type NodeShape } from '../../map';

interface Props {
  shape: NodeShape;
  colour: string;
  size?: number;
}

export function ShapeIcon({ shape, colour, size = 16 }: Props) {
  const r = 7;
  const common = { fill: colour, stroke: '#3E4A57', strokeWidth: 1, strokeOpacity: 0.7 };
  let body;
  if (shape === 'ellipse') body = <circle cx={8} cy={8} r={r} {...common} />;
  else if (shape === 'round-rectangle')
    body = <rect x={1} y={1} width={14} height={14} rx={3.5} {...common} />;
  else if (shape === 'barrel') body = <path d="M3 1 H13 Q16 8 13 15 H3 Q0 8 3 1 Z" {...common} />;
  else {
    const points = shapePoints(shape) ?? [];
    const text: string[] = [];
    for (let i = 0; i < points.length; i += 2) {
      text.push(
        `${(8 + (points[i] as number) * r).toFixed(2)},${(8 + (points[i + 1] as number) * r).toFixed(2)}`,
      );
    }
    body = <polygon points={text.join(' ')} {...common} />;
  }
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      className="shape-icon"
    >
      {body}
    </svg>
  );
}

/** The scheme ring as in the map: three thirds clockwise from 12 o'clock. */
export function RingIcon({
  colours,
  size = 18,
}: {
  colours: [string, string, string];
  size?: number;
}) {
  const c = size / 2;
  const outer = size / 2 - 0.5;
  const inner = outer * 0.56;
  const arc = (i: number) => {
    const a0 = -Math.PI / 2 + (i * 2 * Math.PI) / 3;
    const a1 = a0 + (2 * Math.PI) / 3;
    const p = (r: number, a: number) =>
      `${(c + r * Math.cos(a)).toFixed(2)} ${(c + r * Math.sin(a)).toFixed(2)}`;
    return `M ${p(outer, a0)} A ${outer} ${outer} 0 0 1 ${p(outer, a1)} L ${p(inner, a1)} A ${inner} ${inner} 0 0 0 ${p(inner, a0)} Z`;
  };
  return (
    <svg
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
      className="ring-icon"
    >
      <circle cx={c} cy={c} r={outer} fill="#F4F6F8" />
      {colours.map((colour, i) => (
        <path key={i} d={arc(i)} fill={colour} stroke="#FFFFFF" strokeWidth={0.6} />
      ))}
    </svg>
  );
}
