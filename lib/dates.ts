/** Business dates are the seller's local calendar days, 'YYYY-MM-DD'. */
export function toBusinessDate(at: Date | number): string {
  const d = typeof at === 'number' ? new Date(at) : at;
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD' shifted by whole days (calendar arithmetic, immune to DST). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(y!, m! - 1, d! + days));
  return utc.toISOString().slice(0, 10);
}
