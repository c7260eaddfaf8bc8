import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type EChartsCoreOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';

// Only what the charts use: keeps ECharts' share of the bundle small (echarts/core is tree-shaken).
use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export interface Count {
  label: string;
  count: number;
}

const PALETTE = ['#0b5cad', '#2e7d32', '#b25e00', '#6a1b9a', '#c62828', '#00695c', '#4e342e', '#37474f'];

/**
 * A pie or bar chart of counts, with the same numbers in a visually hidden table so screen-reader users get
 * the data, not a picture of it.
 */
export function CountsChart({
  title,
  data,
  kind,
  height = 280,
}: {
  title: string;
  data: Count[];
  kind: 'pie' | 'bar';
  height?: number;
}) {
  const { t, num } = useI18n();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = init(el, null, { renderer: 'svg' });
    // Respect the system's reduced-motion setting (WCAG 2.3.3).
    const animation = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const option: EChartsCoreOption =
      kind === 'pie'
        ? {
            color: PALETTE,
            animation,
            tooltip: { trigger: 'item' },
            legend: { bottom: 0 },
            series: [
              {
                type: 'pie',
                radius: ['40%', '68%'],
                center: ['50%', '44%'],
                label: { formatter: '{b}: {c}', color: '#222' },
                data: data.map((d) => ({ name: d.label, value: d.count })),
              },
            ],
          }
        : {
            color: PALETTE,
            animation,
            tooltip: { trigger: 'axis' },
            grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
            xAxis: {
              type: 'category',
              data: data.map((d) => d.label),
              axisLabel: { interval: 0, rotate: 30, color: '#333' },
            },
            yAxis: { type: 'value', axisLabel: { color: '#333' } },
            series: [{ type: 'bar', data: data.map((d) => d.count), barMaxWidth: 36 }],
          };
    chart.setOption(option);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [data, kind]);

  return (
    <figure style={{ margin: 0 }}>
      {/* The picture is decorative for assistive technology; the table below carries the numbers. */}
      <div ref={ref} style={{ width: '100%', height }} aria-hidden="true" />
      <table className="visually-hidden">
        <caption>{t('stats.tableCaption', { title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stats.category')}</th>
            <th scope="col">{t('stats.count')}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.label}>
              <th scope="row">{d.label}</th>
              <td>{num(d.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
