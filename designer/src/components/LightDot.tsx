import { LIGHT_COLORS, lightName, type Light } from '../lights';

/** A light as a coloured dot with its name (the name can be hidden in dense lists). */
export function LightDot({ light, label = true }: { light: string; label?: boolean }) {
  const color = LIGHT_COLORS[light as Light] ?? '#94a3b8';
  return (
    <span className="gf-dot-light" data-light={light} title={lightName(light)}>
      <span className="gf-dot" style={{ background: color }} />
      {label && lightName(light)}
    </span>
  );
}
