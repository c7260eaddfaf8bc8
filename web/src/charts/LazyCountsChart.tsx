import { Skeleton } from 'antd';
import { type ComponentProps, lazy, Suspense } from 'react';

// ECharts is the largest dependency; pages render their text first and the chart when its chunk arrives.
const CountsChart = lazy(() => import('./CountsChart').then((m) => ({ default: m.CountsChart })));

export function LazyCountsChart(props: ComponentProps<typeof CountsChart>) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height ?? 280 }} />}>
      <CountsChart {...props} />
    </Suspense>
  );
}
