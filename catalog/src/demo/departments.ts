/**
 * The departments stationed in the demo center (锦江区政务服务中心, seed 000): 32 units, as the seeds'
 * centers have 31–32. Each has the short code used in item codes (`JJ-<code>-<nnn>`), the slug used in
 * candidate groups (`district-<slug>`, `district-<slug>-lead`) and its window's phone.
 */

/** Short codes of the departments (item codes `JJ-<code>-<nnn>`). */
export const DEPARTMENT_CODES = [
  'FG',
  'GA',
  'MZ',
  'SF',
  'CZ',
  'RS',
  'ZG',
  'HB',
  'ZJ',
  'JT',
  'SL',
  'NY',
  'SC',
  'WL',
  'WJ',
  'TY',
  'YJ',
  'SJ',
  'CG',
  'XF',
  'QX',
  'DA',
  'JY',
  'KJ',
  'JX',
  'TJ',
  'YB',
  'LY',
  'MJ',
  'RF',
  'YC',
  'SW',
] as const;
/** A department's short code. */
export type DeptCode = (typeof DEPARTMENT_CODES)[number];

/** A department stationed in the center. */
export interface Department {
  readonly code: DeptCode;
  /** Competent department (主管部门) as the catalog names it. */
  readonly name: string;
  /** The same department at city level, for the few city-level items handled through the center. */
  readonly cityName: string;
  /** Slug of its candidate groups. */
  readonly slug: string;
  /** Its window in the service hall. */
  readonly window: string;
  readonly phone: string;
}

const table: readonly (readonly [DeptCode, string, string, string, string])[] = [
  ['FG', '区发展和改革局', '发展和改革局', 'drc', '发改窗口'],
  ['GA', '区公安分局', '公安局', 'police', '公安窗口'],
  ['MZ', '区民政局', '民政局', 'civil', '民政窗口'],
  ['SF', '区司法局', '司法局', 'justice', '司法窗口'],
  ['CZ', '区财政局', '财政局', 'finance', '财政窗口'],
  ['RS', '区人力资源和社会保障局', '人力资源和社会保障局', 'labour', '人社窗口'],
  ['ZG', '区自然资源和规划局', '规划和自然资源局', 'planning', '规划和不动产登记窗口'],
  ['HB', '区生态环境局', '生态环境局', 'ecology', '生态环境窗口'],
  ['ZJ', '区住房和城乡建设局', '住房和城乡建设局', 'housing', '住建窗口'],
  ['JT', '区交通运输局', '交通运输局', 'transport', '交通运输窗口'],
  ['SL', '区水务局', '水务局', 'water', '水务窗口'],
  ['NY', '区农业农村局', '农业农村局', 'agri', '农业农村窗口'],
  ['SC', '区商务局', '商务局', 'commerce', '商务窗口'],
  ['WL', '区文化广电旅游局', '文化广电旅游局', 'culture', '文旅窗口'],
  ['WJ', '区卫生健康局', '卫生健康委员会', 'health', '卫生健康窗口'],
  ['TY', '区退役军人事务局', '退役军人事务局', 'veterans', '退役军人服务窗口'],
  ['YJ', '区应急管理局', '应急管理局', 'emergency', '应急管理窗口'],
  ['SJ', '区市场监督管理局', '市场监督管理局', 'market', '市场监管窗口'],
  ['CG', '区城市管理局', '城市管理委员会', 'urban', '城管窗口'],
  ['XF', '区消防救援大队', '消防救援支队', 'fire', '消防窗口'],
  ['QX', '区气象局', '气象局', 'weather', '气象窗口'],
  ['DA', '区档案局', '档案局', 'archives', '档案查询窗口'],
  ['JY', '区教育局', '教育局', 'education', '教育窗口'],
  ['KJ', '区科学技术局', '科学技术局', 'science', '科技窗口'],
  ['JX', '区经济和信息化局', '经济和信息化局', 'industry', '经信窗口'],
  ['TJ', '区统计局', '统计局', 'stats', '统计窗口'],
  ['YB', '区医疗保障局', '医疗保障局', 'medinsure', '医保窗口'],
  ['LY', '区林业局', '公园城市建设和管理局', 'forestry', '林业窗口'],
  ['MJ', '区民族宗教事务局', '民族宗教事务局', 'religion', '民宗窗口'],
  ['RF', '区人民防空办公室', '人民防空办公室', 'civildefense', '人防窗口'],
  ['YC', '区烟草专卖局', '烟草专卖局', 'tobacco', '烟草专卖窗口'],
  ['SW', '国家税务总局锦江区税务局', '税务局', 'tax', '税务窗口'],
];

/** Every department by its code. */
export const DEPARTMENTS: Readonly<Record<DeptCode, Department>> = Object.fromEntries(
  table.map(([code, name, city, slug, window], index) => [
    code,
    {
      code,
      name,
      cityName: `成都市${city}`,
      slug,
      window,
      phone: `028-8665${String(1001 + index * 7).padStart(4, '0')}`,
    },
  ]),
) as Record<DeptCode, Department>;

/** Candidate groups of a department at each level. */
export interface DeptGroups {
  readonly window: string;
  readonly review: string;
  readonly lead: string;
}

/** The groups that handle a department's steps in the district center. */
export function districtGroups(code: DeptCode): DeptGroups {
  const slug = DEPARTMENTS[code].slug;
  return { window: `district-${slug}-window`, review: `district-${slug}`, lead: `district-${slug}-lead` };
}

/** The groups of the same department at city level. */
export function cityGroups(code: DeptCode): DeptGroups {
  const slug = DEPARTMENTS[code].slug;
  return { window: `city-${slug}-window`, review: `city-${slug}`, lead: `city-${slug}-lead` };
}

/** Street (town) center groups: the window (the demo clerk's group), the office that reviews, the head who signs. */
export const TOWN_GROUPS: DeptGroups = { window: 'street-window', review: 'street-office', lead: 'street-lead' };

/** The village / community room's agent (代办员), who registers and forwards. */
export const VILLAGE_AGENT = 'village-agent';

/** The joint window (并联审批窗口) that accepts and issues for parallel items. */
export const JOINT_WINDOW = 'district-joint-window';
