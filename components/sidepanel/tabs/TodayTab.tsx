import CapturedToday from '@/components/captured/CapturedToday';

/** 今日: what ShopMate read from the seller's consoles today. */
export default function TodayTab() {
  return <CapturedToday />;
}
