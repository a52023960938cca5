import { burnThresholdsCrossed } from '@relais/domain';

/**
 * How much of a client's monthly hours budget is used, by the alert thresholds of the domain
 * (80 % and 100 %): `none` without a budget, `ok` below 80 %, `near` from 80 %, `spent` from
 * 100 %.
 */
export type BurnLevel = 'none' | 'ok' | 'near' | 'spent';

export function burnLevel(share: number | null | undefined): BurnLevel {
  if (share === null || share === undefined || !Number.isFinite(share)) return 'none';
  const crossed = burnThresholdsCrossed(share);
  if (crossed.includes(1)) return 'spent';
  if (crossed.includes(0.8)) return 'near';
  return 'ok';
}

/** Mantine colours of the levels: calm, then a warning, then red. */
export const BURN_COLORS: Record<BurnLevel, string> = {
  none: 'gray',
  ok: 'teal',
  near: 'orange',
  spent: 'red',
};

export function burnColor(share: number | null | undefined): string {
  return BURN_COLORS[burnLevel(share)];
}
