import { useEffect, useState } from 'react';
import { toBusinessDate } from '@/lib/dates';
import { nextDayStart } from '@/lib/day-bounds';

/** The seller's current day; moves on by itself at local midnight while the page stays open. */
export function useToday(zone: string): { now: number; today: string } {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setTimeout(() => setNow(Date.now()), Math.max(1_000, nextDayStart(now, zone) - now + 500));
    return () => clearTimeout(timer);
  }, [now, zone]);
  return { now, today: toBusinessDate(now, zone) };
}
