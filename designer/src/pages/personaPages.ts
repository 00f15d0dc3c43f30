import { lazy, type ComponentType } from 'react';
import '../personas.css';
import type { PageProps } from '../App';

/** A page for the shell's navigation (the shape of the shell's own page entries). */
export interface PersonaPage {
  readonly path: string;
  readonly title: string;
  readonly section: string;
  readonly roles: readonly string[];
  readonly component: ComponentType<PageProps>;
}

function page(load: () => Promise<Record<string, unknown>>, name: string): ComponentType<PageProps> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<PageProps> }));
}

const SUPERVISION = ['supervisor', 'administrator', 'lead'];
const CASE_READERS = ['clerk', 'agent', 'lead', 'administrator', 'supervisor'];
const ADMINS = ['administrator'];

/**
 * The pages of the clerks, leads, supervisors and administrators beyond intake and the item editor, in
 * navigation order (the shell appends them to its own).
 */
export const PERSONA_PAGES: readonly PersonaPage[] = [
  {
    path: 'board',
    title: '实时监控',
    section: '电子监察',
    roles: SUPERVISION,
    component: page(() => import('./supervisor/BoardPage'), 'BoardPage'),
  },
  {
    path: 'signals',
    title: '预警纠错',
    section: '电子监察',
    roles: [...SUPERVISION, 'clerk', 'agent'],
    component: page(() => import('./supervisor/SignalsPage'), 'SignalsPage'),
  },
  {
    path: 'complaints',
    title: '投诉处理',
    section: '电子监察',
    roles: SUPERVISION,
    component: page(() => import('./supervisor/ComplaintsPage'), 'ComplaintsPage'),
  },
  {
    path: 'evaluations',
    title: '好差评',
    section: '电子监察',
    roles: SUPERVISION,
    component: page(() => import('./supervisor/EvaluationsPage'), 'EvaluationsPage'),
  },
  {
    path: 'reports',
    title: '统计报表',
    section: '统计分析',
    roles: SUPERVISION,
    component: page(() => import('./supervisor/ReportsPage'), 'ReportsPage'),
  },
  {
    path: 'scores',
    title: '绩效考核',
    section: '统计分析',
    roles: SUPERVISION,
    component: page(() => import('./supervisor/ScoresPage'), 'ScoresPage'),
  },
  {
    path: 'steps',
    title: '环节分析',
    section: '统计分析',
    roles: SUPERVISION,
    component: page(() => import('./lead/StepAnalysisPage'), 'StepAnalysisPage'),
  },
  {
    path: 'forwarding',
    title: '收件报送',
    section: '窗口业务',
    roles: ['agent', 'clerk'],
    component: page(() => import('./forwarding/VillageAgentPage'), 'VillageAgentPage'),
  },
  {
    path: 'prereview',
    title: '预审队列',
    section: '窗口业务',
    roles: ['clerk', 'administrator'],
    component: page(() => import('./forwarding/PreReviewPage'), 'PreReviewPage'),
  },
  {
    path: 'cases',
    title: '案件查询',
    section: '窗口业务',
    roles: CASE_READERS,
    component: page(() => import('./cases/CasePage'), 'CasePage'),
  },
  {
    path: 'organisation',
    title: '组织机构',
    section: '系统管理',
    roles: ADMINS,
    component: page(() => import('./administrator/OrganisationPage'), 'OrganisationPage'),
  },
  {
    path: 'users',
    title: '用户管理',
    section: '系统管理',
    roles: ADMINS,
    component: page(() => import('./administrator/UsersPage'), 'UsersPage'),
  },
  {
    path: 'calendar',
    title: '工作日历',
    section: '系统管理',
    roles: ADMINS,
    component: page(() => import('./administrator/CalendarPage'), 'CalendarPage'),
  },
  {
    path: 'mine',
    title: '我的办件',
    section: '网上办事',
    roles: ['applicant'],
    component: page(() => import('./ApplicantHome'), 'ApplicantHome'),
  },
];
