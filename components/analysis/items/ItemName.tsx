/** An item as the seller knows it: its title, with the id for search in the console. */
export default function ItemName({ itemId, title }: { itemId: string; title?: string }) {
  return (
    <span className="an-item">
      <span className="an-item-title">{title ?? itemId}</span>
      {title ? <span className="muted an-item-id">{itemId}</span> : null}
    </span>
  );
}
