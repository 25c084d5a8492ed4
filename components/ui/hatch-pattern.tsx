/**
 * Diagonal hatching in a colour, for an SVG's <defs>: persona marks are hatched and brand marks solid, so the two
 * voices differ by more than colour. The one definition for the bars of every chart and for their key (ChartKey),
 * so a key's swatch looks exactly like the marks it names. Use it as `fill="url(#id)"`.
 */
export function HatchPattern({ id, color }: { id: string; color: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={color} fillOpacity={0.3} />
      <line x1="0" y1="0" x2="0" y2="6" stroke={color} strokeWidth="3" />
    </pattern>
  );
}
