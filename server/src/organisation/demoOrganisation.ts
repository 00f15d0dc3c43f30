import { DEMO_DEPARTMENTS, DEMO_JOINT_WINDOW } from '@govflow/catalog';
import type { OrgDepartment, Organisation, OrgUnit, ServiceWindow } from './organisation.js';

/** The demo city and district (锦江区, seed 000). */
export const DEMO_CITY = 'cd';
/** The demo district. */
export const DEMO_DISTRICT = 'jj';

/** Streets (街道) and their communities (社区) of the demo district. */
const STREETS = [
  {
    id: 'jj-chunxilu',
    name: '春熙路街道',
    villages: [
      { id: 'jj-chunxilu-kejiaxiang', name: '科甲巷社区' },
      { id: 'jj-chunxilu-dayelu', name: '大业路社区' },
    ],
  },
  { id: 'jj-shuyuanjie', name: '书院街街道', villages: [{ id: 'jj-shuyuanjie-jinguanyi', name: '锦官驿社区' }] },
] as const;

/** Groups beyond a department's usual four (review, lead, window, experts). */
const EXTRA_GROUPS: Readonly<Record<string, readonly string[]>> = {
  civil: ['district-civil-check'],
  police: ['district-police-dogs', 'district-police-order', 'police-station'],
  housing: ['district-housing-quality'],
};

/**
 * The demo organisation: 成都市 → 锦江区 → two streets → three communities; the 32 departments of the
 * district center (and their city counterparts), each with its window; the joint window; each street's
 * office and comprehensive window; each community's room (代办员) and residents' committee.
 */
export function demoOrganisation(): Organisation {
  const units: OrgUnit[] = [
    { id: DEMO_CITY, name: '成都市', level: 'city', parentId: null },
    { id: DEMO_DISTRICT, name: '锦江区', level: 'district', parentId: DEMO_CITY },
  ];
  const departments: OrgDepartment[] = [
    {
      id: 'jj-center',
      name: '锦江区政务服务中心管理办公室',
      unitId: DEMO_DISTRICT,
      catalogName: '锦江区政务服务中心',
      groups: ['admin'],
    },
    {
      id: 'jj-supervision',
      name: '区纪委监委（效能办）',
      unitId: DEMO_DISTRICT,
      catalogName: '区纪委监委',
      groups: ['supervision'],
    },
  ];
  const windows: ServiceWindow[] = [
    {
      id: 'jj-joint-window',
      name: '锦江区政务服务中心并联审批窗口',
      unitId: DEMO_DISTRICT,
      departmentId: null,
      groups: [DEMO_JOINT_WINDOW],
    },
  ];
  for (const dept of Object.values(DEMO_DEPARTMENTS)) {
    const groups = (level: string) => {
      const base = `${level}-${dept.slug}`;
      return [
        base,
        `${base}-lead`,
        `${base}-window`,
        `${base}-experts`,
        ...(level === 'district' ? (EXTRA_GROUPS[dept.slug] ?? []) : []),
      ];
    };
    departments.push(
      {
        id: `jj-${dept.slug}`,
        name: dept.name,
        unitId: DEMO_DISTRICT,
        catalogName: dept.name,
        groups: groups('district'),
      },
      {
        id: `cd-${dept.slug}`,
        name: dept.cityName,
        unitId: DEMO_CITY,
        catalogName: dept.cityName,
        groups: groups('city'),
      },
    );
    windows.push({
      id: `jj-${dept.slug}-window`,
      name: `锦江区政务服务中心${dept.window}`,
      unitId: DEMO_DISTRICT,
      departmentId: `jj-${dept.slug}`,
      groups: [`district-${dept.slug}-window`],
    });
  }
  for (const street of STREETS) {
    units.push({ id: street.id, name: street.name, level: 'town', parentId: DEMO_DISTRICT });
    departments.push({
      id: `${street.id}-office`,
      name: `${street.name}办事处`,
      unitId: street.id,
      catalogName: `${street.name}办事处`,
      groups: ['street-office', 'street-lead', 'street-agri', 'street-building', 'street-planning'],
    });
    windows.push({
      id: `${street.id}-window`,
      name: `${street.name}便民服务中心综合窗口`,
      unitId: street.id,
      departmentId: null,
      groups: ['street-window'],
    });
    for (const village of street.villages) {
      units.push({ id: village.id, name: village.name, level: 'village', parentId: street.id });
      departments.push({
        id: `${village.id}-committee`,
        name: `${village.name}居民委员会`,
        unitId: village.id,
        catalogName: `${village.name}居民委员会`,
        groups: ['village-mediation'],
      });
      windows.push({
        id: `${village.id}-room`,
        name: `${village.name}便民服务室`,
        unitId: village.id,
        departmentId: null,
        groups: ['village-agent'],
      });
    }
  }
  return { units, departments, windows };
}
