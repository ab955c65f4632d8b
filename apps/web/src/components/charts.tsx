// The charts (Recharts). Each has a caption and its figures as a table beside it.
import { Text } from '@mantine/core';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Benefit, ProgrammeSnapshot, Rating } from '../api/types';
import { formatMeasure, formatNumber, formatPence, formatPenceShort, isMoneyUnit, RATING_COLOURS, RATING_LABELS, STATUS_LABELS } from '../format';
import { ChartData } from './ui';

const BLUE = '#1d4f91';
const GREY = '#868e96';
const GREEN = '#1b7f3b';
const ORANGE = '#c77700';
const RED = '#b42318';

/** Legend text in the body colour: the series colours (light blue, amber) are too faint for text. */
const legendText = (value: string) => <span style={{ color: '#212529' }}>{value}</span>;

/** A reference line's label with a white halo, so it stays readable where it crosses a bar. */
function targetLabel(value: string) {
  return { value, position: 'insideTopRight' as const, fill: RED, fontWeight: 600, stroke: '#fff', strokeWidth: 4, paintOrder: 'stroke' };
}

export function StatusChart({ byStatus }: { byStatus: Record<string, number> }) {
  const order = ['registered', 'in-consultation', 'agreed', 'in-delivery', 'closed', 'deferred', 'not-taken-forward'];
  const data = order.filter((s) => byStatus[s] !== undefined).map((s) => ({ status: STATUS_LABELS[s] ?? s, count: byStatus[s] }));
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="visually-hidden">Number of proposals in each status</figcaption>
      <ResponsiveContainer width="100%" height={Math.max(120, data.length * 34 + 30)}>
        <BarChart data={data} layout="vertical" margin={{ left: 10, right: 20 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="status" width={130} />
          <Tooltip />
          <Bar isAnimationActive={false} dataKey="count" name="Proposals" fill={BLUE} label={{ position: 'right', fill: '#212529' }} />
        </BarChart>
      </ResponsiveContainer>
      <ChartData caption="Proposals by status" columns={['Status', 'Proposals']} rows={data.map((d) => [d.status, d.count])} />
    </figure>
  );
}

/** The cash-releasing benefits, period by period and cumulatively, against the programme's target. */
export function SavingsChart({ snapshot, targetPence }: { snapshot: ProgrammeSnapshot; targetPence: number }) {
  let plannedSum = 0;
  let forecastSum = 0;
  let realisedSum = 0;
  const data = snapshot.benefitsSummary.cashReleasingByPeriod.map((p) => {
    plannedSum += p.planned;
    forecastSum += p.forecast;
    realisedSum += p.realised;
    return { period: p.period, planned: p.planned, realised: p.realised, cumulativeForecast: forecastSum, cumulativeRealised: realisedSum, cumulativePlanned: plannedSum };
  });
  if (!data.length) return <Text c="dimmed">No cash-releasing benefit has a schedule yet.</Text>;
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="visually-hidden">
        Cash-releasing savings planned and realised in each financial year, and cumulatively, against the target of {formatPence(targetPence)}
      </figcaption>
      <ResponsiveContainer width="100%" height={300}>
        <ComposedChart data={data} margin={{ top: 20, right: 20, left: 10 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="period" />
          <YAxis tickFormatter={(v: number) => formatPenceShort(v)} width={70} />
          <Tooltip formatter={(v) => formatPence(Number(v))} />
          <Legend formatter={legendText} />
          <Bar isAnimationActive={false} dataKey="planned" name="Planned in year" fill="#a5c8ff" />
          <Bar isAnimationActive={false} dataKey="realised" name="Realised in year" fill={GREEN} />
          <Line isAnimationActive={false} dataKey="cumulativeForecast" name="Cumulative forecast" stroke={ORANGE} strokeDasharray="5 3" strokeWidth={2} />
          <Line isAnimationActive={false} dataKey="cumulativeRealised" name="Cumulative realised" stroke={BLUE} strokeWidth={3} />
          {targetPence > 0 && (
            <ReferenceLine y={targetPence} stroke={RED} strokeDasharray="6 4" label={targetLabel(`Target ${formatPenceShort(targetPence)}`)} />
          )}
        </ComposedChart>
      </ResponsiveContainer>
      <ChartData
        caption="Cash-releasing savings by financial year"
        columns={['Financial year', 'Planned in year', 'Realised in year', 'Cumulative forecast', 'Cumulative realised']}
        rows={data.map((d) => [d.period, formatPence(d.planned), formatPence(d.realised), formatPence(d.cumulativeForecast), formatPence(d.cumulativeRealised)])}
      />
    </figure>
  );
}

const RATINGS: (Rating | 'unrated')[] = ['green', 'amber-green', 'amber', 'amber-red', 'red', 'unrated'];

/** Self and independent ratings side by side: a single colour would hide the disagreement. */
export function ConfidenceChart({ spread }: { spread: ProgrammeSnapshot['deliveryConfidence'] }) {
  const data = [
    { who: 'Lead’s own (self)', ...spread.self },
    { who: 'Independent', ...spread.independent },
  ];
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="visually-hidden">Delivery confidence ratings: the leads’ own against the independent ones</figcaption>
      <ResponsiveContainer width="100%" height={190}>
        <BarChart data={data} layout="vertical" margin={{ left: 10, right: 20 }}>
          <XAxis type="number" allowDecimals={false} />
          {/* interval 0: Recharts otherwise drops a row label when the legend wraps on a phone */}
          <YAxis type="category" dataKey="who" width={110} interval={0} />
          <Tooltip />
          <Legend formatter={legendText} />
          {RATINGS.map((r) => (
            <Bar isAnimationActive={false} key={r} dataKey={r} name={RATING_LABELS[r]} stackId="a" fill={RATING_COLOURS[r]} />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <ChartData
        caption="Delivery confidence spread"
        columns={['Whose rating', ...RATINGS.map((r) => RATING_LABELS[r])]}
        rows={data.map((d) => [d.who, ...RATINGS.map((r) => (d as Record<string, number | string>)[r] ?? 0)])}
      />
    </figure>
  );
}

/** One benefit: the approved baseline, the current forecast and what was realised, period by period. */
export function BenefitChart({ benefit }: { benefit: Benefit }) {
  const money = isMoneyUnit(benefit.unit);
  const data = benefit.periods.map((p) => ({ period: p.period, baseline: p.baseline, forecast: p.forecast, realised: p.realised }));
  if (!data.length) return <Text c="dimmed">No schedule.</Text>;
  const fmt = (v: number) => (money ? formatPenceShort(v) : formatNumber(v));
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="visually-hidden">
        {benefit.description}: baseline, forecast and realised by period, in {money ? 'pounds' : benefit.unit}
      </figcaption>
      <ResponsiveContainer width="100%" height={220}>
        <ComposedChart data={data} margin={{ top: 10, right: 20, left: 10 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="period" />
          <YAxis tickFormatter={fmt} width={70} />
          <Tooltip formatter={(v) => formatMeasure(Number(v), benefit.unit)} />
          <Legend formatter={legendText} />
          <Bar isAnimationActive={false} dataKey="realised" name="Realised" fill={GREEN} />
          <Line isAnimationActive={false} dataKey="baseline" name="Baseline (approved)" stroke={GREY} strokeWidth={2} strokeDasharray="4 3" />
          <Line isAnimationActive={false} dataKey="forecast" name="Forecast" stroke={ORANGE} strokeWidth={2} />
          {benefit.target > 0 && <ReferenceLine y={benefit.target} stroke={RED} strokeDasharray="6 4" label={targetLabel(`Target ${fmt(benefit.target)}`)} />}
        </ComposedChart>
      </ResponsiveContainer>
      <ChartData
        caption={`${benefit.description} by period`}
        columns={['Period', 'Baseline', 'Forecast', 'Realised', 'Variance']}
        rows={benefit.periods.map((p) => [
          p.period,
          formatMeasure(p.baseline, benefit.unit),
          formatMeasure(p.forecast, benefit.unit),
          formatMeasure(p.realised, benefit.unit),
          formatMeasure(p.variance, benefit.unit),
        ])}
      />
    </figure>
  );
}

/** One indicator of the plan: its target and its actual, year by year, in its own unit. */
export function IndicatorChart({ indicator }: { indicator: { title: string; unit: string; direction: string; tolerance: number; series: { period: string; target: number | null; actual: number | null }[] } }) {
  const data = indicator.series.map((s) => ({ period: s.period, target: s.target, actual: s.actual }));
  if (!data.some((d) => d.target !== null || d.actual !== null)) return <Text c="dimmed" size="sm">No target or actual yet.</Text>;
  const fmt = (v: number | null) => (v === null ? '—' : `${formatNumber(v)} ${indicator.unit}`);
  const better = indicator.direction === 'lower-is-better' ? 'lower is better' : 'higher is better';
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="visually-hidden">
        {indicator.title}: target and actual by year, in {indicator.unit} ({better}, tolerance {formatNumber(indicator.tolerance)})
      </figcaption>
      <ResponsiveContainer width="100%" height={170}>
        <BarChart data={data} margin={{ top: 22, right: 20, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="period" />
          <YAxis tickFormatter={(v: number) => formatNumber(v)} width={60} />
          <Tooltip formatter={(v) => fmt(Number(v))} />
          <Legend formatter={legendText} />
          <Bar isAnimationActive={false} dataKey="target" name="Target" fill={GREY} label={{ position: 'top', fill: '#212529', formatter: (v: unknown) => (typeof v === 'number' ? formatNumber(v) : '') }} />
          <Bar isAnimationActive={false} dataKey="actual" name="Actual" fill={BLUE} label={{ position: 'top', fill: '#212529', formatter: (v: unknown) => (typeof v === 'number' ? formatNumber(v) : '') }} />
        </BarChart>
      </ResponsiveContainer>
      <ChartData caption={`${indicator.title} by year`} columns={['Year', 'Target', 'Actual']} rows={data.map((d) => [d.period, fmt(d.target), fmt(d.actual)])} />
    </figure>
  );
}
