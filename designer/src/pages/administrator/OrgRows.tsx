import { rowErrors } from '../../components/fieldErrors';
import { t } from '../../i18n/i18n';
import { levelName } from '../../lights';
import { GroupsInput, RemoveButton, Row, RowsTable, UnitSelect } from './OrgRowParts';
import { ORG_LEVELS, unitsInTreeOrder, type Organisation } from './orgTypes';

interface RowsProps {
  org: Organisation;
  errors: ReadonlyMap<string, string>;
  onChange(next: Organisation): void;
}

/** Units in tree order, indented by depth; each row edits id, name, level and parent. */
export function UnitRows({ org, errors, onChange }: RowsProps) {
  const set = (index: number, patch: Partial<Organisation['units'][number]>) =>
    onChange({ ...org, units: org.units.map((u, i) => (i === index ? { ...u, ...patch } : u)) });
  return (
    <RowsTable
      head={[t('编号'), t('名称'), t('层级'), t('上级单位'), '']}
      onAdd={() =>
        onChange({
          ...org,
          units: [...org.units, { id: '', name: '', level: 'village', parentId: org.units[0]?.id ?? null }],
        })
      }
      addLabel={t('新增单位')}
    >
      {unitsInTreeOrder(org.units).map(({ unit, index, depth }) => (
        <Row key={index} problems={rowErrors(errors, `/units/${index}`)} cells={5} kind="unit" index={index}>
          <td style={{ paddingLeft: 6 + depth * 18 }}>
            <input aria-label={t('编号')} value={unit.id} onChange={(e) => set(index, { id: e.target.value })} />
          </td>
          <td>
            <input aria-label={t('名称')} value={unit.name} onChange={(e) => set(index, { name: e.target.value })} />
          </td>
          <td>
            <select
              aria-label={t('层级')}
              value={unit.level}
              onChange={(e) => set(index, { level: e.target.value as typeof unit.level })}
            >
              {ORG_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {levelName(level)}
                </option>
              ))}
            </select>
          </td>
          <td>
            <select
              aria-label={t('上级单位')}
              value={unit.parentId ?? ''}
              onChange={(e) => set(index, { parentId: e.target.value || null })}
            >
              <option value="">{t('（无，最高层级）')}</option>
              {org.units
                .filter((u, i) => i !== index && u.id)
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name || u.id}
                  </option>
                ))}
            </select>
          </td>
          <td>
            <RemoveButton onClick={() => onChange({ ...org, units: org.units.filter((_, i) => i !== index) })} />
          </td>
        </Row>
      ))}
    </RowsTable>
  );
}

/** Departments: id, name, unit, the item department name they answer for, and their groups. */
export function DepartmentRows({ org, errors, onChange }: RowsProps) {
  const set = (index: number, patch: Partial<Organisation['departments'][number]>) =>
    onChange({ ...org, departments: org.departments.map((d, i) => (i === index ? { ...d, ...patch } : d)) });
  return (
    <RowsTable
      head={[t('编号'), t('名称'), t('所在单位'), t('事项目录中的部门名称'), t('岗位（逗号分隔）'), '']}
      onAdd={() =>
        onChange({
          ...org,
          departments: [
            ...org.departments,
            { id: '', name: '', unitId: org.units[0]?.id ?? '', catalogName: '', groups: [] },
          ],
        })
      }
      addLabel={t('新增部门')}
    >
      {org.departments.map((dept, index) => (
        <Row
          key={index}
          problems={rowErrors(errors, `/departments/${index}`)}
          cells={6}
          kind="department"
          index={index}
        >
          <td>
            <input aria-label={t('编号')} value={dept.id} onChange={(e) => set(index, { id: e.target.value })} />
          </td>
          <td>
            <input aria-label={t('名称')} value={dept.name} onChange={(e) => set(index, { name: e.target.value })} />
          </td>
          <td>
            <UnitSelect org={org} value={dept.unitId} onChange={(unitId) => set(index, { unitId })} />
          </td>
          <td>
            <input
              aria-label={t('事项目录中的部门名称')}
              value={dept.catalogName}
              onChange={(e) => set(index, { catalogName: e.target.value })}
            />
          </td>
          <td>
            <GroupsInput value={dept.groups} onChange={(groups) => set(index, { groups })} />
          </td>
          <td>
            <RemoveButton
              onClick={() => onChange({ ...org, departments: org.departments.filter((_, i) => i !== index) })}
            />
          </td>
        </Row>
      ))}
    </RowsTable>
  );
}

/** Windows: id, name, unit, staffing department (none: a comprehensive window) and groups. */
export function WindowRows({ org, errors, onChange }: RowsProps) {
  const set = (index: number, patch: Partial<Organisation['windows'][number]>) =>
    onChange({ ...org, windows: org.windows.map((w, i) => (i === index ? { ...w, ...patch } : w)) });
  return (
    <RowsTable
      head={[t('编号'), t('名称'), t('所在单位'), t('所属部门'), t('岗位（逗号分隔）'), '']}
      onAdd={() =>
        onChange({
          ...org,
          windows: [
            ...org.windows,
            { id: '', name: '', unitId: org.units[0]?.id ?? '', departmentId: null, groups: [] },
          ],
        })
      }
      addLabel={t('新增窗口')}
    >
      {org.windows.map((win, index) => (
        <Row key={index} problems={rowErrors(errors, `/windows/${index}`)} cells={6} kind="window" index={index}>
          <td>
            <input aria-label={t('编号')} value={win.id} onChange={(e) => set(index, { id: e.target.value })} />
          </td>
          <td>
            <input aria-label={t('名称')} value={win.name} onChange={(e) => set(index, { name: e.target.value })} />
          </td>
          <td>
            <UnitSelect org={org} value={win.unitId} onChange={(unitId) => set(index, { unitId })} />
          </td>
          <td>
            <select
              aria-label={t('所属部门')}
              value={win.departmentId ?? ''}
              onChange={(e) => set(index, { departmentId: e.target.value || null })}
            >
              <option value="">{t('（综合窗口）')}</option>
              {org.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name || d.id}
                </option>
              ))}
            </select>
          </td>
          <td>
            <GroupsInput value={win.groups} onChange={(groups) => set(index, { groups })} />
          </td>
          <td>
            <RemoveButton onClick={() => onChange({ ...org, windows: org.windows.filter((_, i) => i !== index) })} />
          </td>
        </Row>
      ))}
    </RowsTable>
  );
}
