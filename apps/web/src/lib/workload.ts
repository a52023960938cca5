/** How full a week is: the share of the capacity the next 7 days' estimates take. */
export type LoadLevel = 'none' | 'ok' | 'high' | 'over';

export function loadLevel(hours: number, capacity: number): LoadLevel {
  if (capacity <= 0) return 'none';
  const share = hours / capacity;
  if (share > 1) return 'over';
  if (share >= 0.8) return 'high';
  return 'ok';
}
