import type { ItemSummary } from '../types';

/** The materials the item requires; the clerk ticks what was received. Required ones are marked. */
export function MaterialsChecklist({
  materials,
  received,
  onChange,
}: {
  materials: ItemSummary['materials'];
  received: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const toggle = (id: string) => onChange(received.includes(id) ? received.filter((m) => m !== id) : [...received, id]);
  return (
    <fieldset className="gf-materials">
      <legend>申请材料</legend>
      {materials.map((m) => (
        <label key={m.id} className={m.required && !received.includes(m.id) ? 'gf-missing' : ''}>
          <input
            type="checkbox"
            name={`material-${m.id}`}
            checked={received.includes(m.id)}
            onChange={() => toggle(m.id)}
          />
          {m.name}
          {m.required ? <span className="gf-required">必需</span> : <span className="gf-optional">可选</span>}
          <small>
            原件 {m.originals} 份，复印件 {m.copies} 份{m.note ? `；${m.note}` : ''}
          </small>
        </label>
      ))}
    </fieldset>
  );
}
