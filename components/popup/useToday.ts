import { useEffect, useState } from 'react';
import { businessDateAt, nextDayStart } from '@/lib/checklist/day';

/** The seller's current day; moves on by itself at local midnight while the page stays open. */
export function useToday(zone: string): { now: number; today: string } {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setTimeout(() => setNow(Date.now()), Math.max(1_000, nextDayStart(now, zone) - now + 500));
    return () => clearTimeout(timer);
  }, [now, zone]);
  return { now, today: businessDateAt(now, zone) };
}
