import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type EChartsCoreOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { ImportDay } from './api';

use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

/**
 * Imports over time: accepted and rejected rows per day (stacked bars) and import runs (line, right axis).
 * The numbers of the days with imports are repeated in a visually hidden table for screen readers.
 */
export function ImportsChart({ days, height = 320 }: { days: ImportDay[]; height?: number }) {
  const { t, num } = useI18n();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = init(el, null, { renderer: 'svg' });
    const animation = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const option: EChartsCoreOption = {
      animation,
      color: ['#2e7d32', '#c62828', '#0b5cad'],
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 24, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: days.map((d) => d.date.slice(5)), axisLabel: { color: '#333' } },
      yAxis: [
        { type: 'value', name: t('dash.rows'), axisLabel: { color: '#333' } },
        { type: 'value', name: t('dash.runs'), minInterval: 1, axisLabel: { color: '#333' } },
      ],
      series: [
        {
          name: t('dash.accepted'),
          type: 'bar',
          stack: 'rows',
          data: days.map((d) => d.accepted),
          barMaxWidth: 18,
        },
        {
          name: t('dash.rejected'),
          type: 'bar',
          stack: 'rows',
          data: days.map((d) => d.rejected),
          barMaxWidth: 18,
        },
        { name: t('dash.runs'), type: 'line', yAxisIndex: 1, data: days.map((d) => d.runs), symbolSize: 4 },
      ],
    };
    chart.setOption(option);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [days, t]);

  const active = days.filter((d) => d.runs > 0);
  return (
    <figure style={{ margin: 0 }}>
      <div ref={ref} style={{ width: '100%', height }} aria-hidden="true" />
      <table className="visually-hidden">
        <caption>{t('stats.tableCaption', { title: t('dash.imports') })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dash.date')}</th>
            <th scope="col">{t('dash.runs')}</th>
            <th scope="col">{t('dash.accepted')}</th>
            <th scope="col">{t('dash.rejected')}</th>
          </tr>
        </thead>
        <tbody>
          {active.map((d) => (
            <tr key={d.date}>
              <th scope="row">{d.date}</th>
              <td>{num(d.runs)}</td>
              <td>{num(d.accepted)}</td>
              <td>{num(d.rejected)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
