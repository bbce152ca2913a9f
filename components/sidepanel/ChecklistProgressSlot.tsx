/** The daily checklist's progress, shown at the top of the side panel (filled by the checklist feature). */
export default function ChecklistProgressSlot() {
  return null;
}
