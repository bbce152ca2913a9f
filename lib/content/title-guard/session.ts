import type { EditField } from '@/lib/messaging/messages/title';
import type { ItemEditPage, TitleInput } from '@/lib/title/edit-page';

/** What an edit can change that ShopMate can see on the page. */
export interface PageSnapshot {
  title: string;
  price?: number;
  mainImage?: string;
}

export function snapshotOf(support: ItemEditPage, root: ParentNode, field: TitleInput): PageSnapshot {
  const price = support.price?.(root);
  const mainImage = support.mainImage?.(root);
  return {
    title: field.value.trim(),
    ...(price !== undefined ? { price } : {}),
    ...(mainImage !== undefined ? { mainImage } : {}),
  };
}

/** Which known fields differ (title, price, main image); an unreadable value is not a change. */
export function changedFields(before: PageSnapshot, after: PageSnapshot): EditField[] {
  const fields: EditField[] = [];
  if (before.title !== after.title) fields.push('title');
  if (before.price !== undefined && after.price !== undefined && before.price !== after.price) fields.push('price');
  if (before.mainImage !== undefined && after.mainImage !== undefined && before.mainImage !== after.mainImage) {
    fields.push('mainImage');
  }
  return fields;
}

/** Is this event's path through a save/publish control (works through web components' shadow roots)? */
export function isSaveEvent(event: Event, support: ItemEditPage): boolean {
  for (const target of event.composedPath()) {
    if (!(target as Node).nodeType || (target as Node).nodeType !== 1) continue;
    const element = target as Element;
    if (element.tagName === 'BODY' || element.tagName === 'HTML') break;
    if (support.isSaveControl(element)) return true;
  }
  return false;
}
