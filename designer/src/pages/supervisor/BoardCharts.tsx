import { useMemo } from 'react';
import { EChart } from '../../charts/EChart';
import type { ChartOption } from '../../charts/echarts';
import { t } from '../../i18n/i18n';
import { LEVELS, LIGHT_COLORS, levelName, lightName, type Light } from '../../lights';
import { BOARD_LIGHTS, type Board, type Drill } from './boardTypes';

const LIGHT_BY_NAME = (): Map<string, Light> => new Map(BOARD_LIGHTS.map((light) => [lightName(light), light]));

/** Stacked bars of open cases by light: across departments (left) and levels (right); a bar drills down. */
export function BoardCharts({ board, onDrill }: { board: Board; onDrill(drill: Drill): void }) {
  const departments = useMemo(() => [...board.departments].sort((a, b) => total(a.counts) - total(b.counts)), [board]);
  const byDepartment = useMemo(
    () =>
      stacked(
        departments.map((d) => d.department),
        departments.map((d) => d.counts),
        true,
      ),
    [departments],
  );
  // Every level shows, empty ones too (横到边，纵到底: the village rooms are watched like the center).
  const levels = useMemo(
    () => LEVELS.map((level) => ({ level, counts: board.levels.find((l) => l.level === level)?.counts ?? {} })),
    [board],
  );
  const byLevel = useMemo(
    () =>
      stacked(
        levels.map((l) => levelName(l.level)),
        levels.map((l) => l.counts),
        false,
      ),
    [levels],
  );
  const names = LIGHT_BY_NAME();
  return (
    <div className="gf-board-charts">
      <div className="gf-chart-box">
        <h3>{t('各部门在办件')}</h3>
        <EChart
          option={byDepartment}
          height={Math.max(180, departments.length * 30 + 60)}
          testId="chart-departments"
          onClick={(p) => onDrill({ ...(p.name ? { department: p.name } : {}), ...lightOf(names, p.seriesName) })}
        />
      </div>
      <div className="gf-chart-box">
        <h3>{t('各层级在办件')}</h3>
        <EChart
          option={byLevel}
          height={220}
          testId="chart-levels"
          onClick={(p) => {
            const level = LEVELS.find((l) => levelName(l) === p.name);
            onDrill({ ...(level ? { level } : {}), ...lightOf(names, p.seriesName) });
          }}
        />
      </div>
    </div>
  );
}

function lightOf(names: Map<string, Light>, series: string | undefined): { light?: string } {
  const light = series ? names.get(series) : undefined;
  return light ? { light } : {};
}

function total(counts: Record<string, number>): number {
  return BOARD_LIGHTS.reduce((sum, light) => sum + (counts[light] ?? 0), 0);
}

function stacked(categories: string[], counts: Record<string, number>[], horizontal: boolean): ChartOption {
  const category = {
    type: 'category',
    data: categories,
    axisLabel: { fontSize: 12, width: 150, overflow: 'truncate', interval: 0 },
  };
  const value = { type: 'value', minInterval: 1 };
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, itemWidth: 12, itemHeight: 12 },
    grid: { left: horizontal ? 160 : 40, right: 16, top: 30, bottom: 24 },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: BOARD_LIGHTS.map((light) => ({
      name: lightName(light),
      type: 'bar',
      stack: 'open',
      barMaxWidth: 28,
      itemStyle: { color: LIGHT_COLORS[light] },
      data: counts.map((c) => c[light] ?? 0),
    })),
  };
}
