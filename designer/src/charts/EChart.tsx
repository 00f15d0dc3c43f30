import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from './echarts';

/** A clicked data point: the series and category names and the value. */
export interface ChartClick {
  readonly seriesName?: string;
  readonly name?: string;
  readonly value?: unknown;
  readonly data?: unknown;
}

/** One ECharts chart that follows its option, resizes with its box and reports clicks. */
export function EChart({
  option,
  height,
  onClick,
  testId,
}: {
  option: ChartOption;
  height: number;
  onClick?: (point: ChartClick) => void;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;
  useEffect(() => {
    if (!box.current) return undefined;
    const instance = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (point) => click.current?.(point as ChartClick));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={box} className="gf-chart" style={{ height }} data-testid={testId} />;
}
