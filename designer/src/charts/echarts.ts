/**
 * ECharts with only the parts govflow draws: bar, line and heatmap charts on a grid, with tooltip,
 * legend and visual map, on the canvas renderer.
 */
import { BarChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  HeatmapChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

export { echarts };
/** The option object charts take. */
export type ChartOption = echarts.EChartsCoreOption;
