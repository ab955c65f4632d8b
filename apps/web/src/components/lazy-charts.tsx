// The charts (recharts and d3, most of the app's JavaScript) fetched only when a chart is drawn.
import { onDemand } from '../lazy';

const charts = () => import('./charts');
const label = 'Loading the chart…';

export const StatusChart = onDemand(charts, 'StatusChart', label);
export const SavingsChart = onDemand(charts, 'SavingsChart', label);
export const ConfidenceChart = onDemand(charts, 'ConfidenceChart', label);
export const BenefitChart = onDemand(charts, 'BenefitChart', label);
export const IndicatorChart = onDemand(charts, 'IndicatorChart', label);
