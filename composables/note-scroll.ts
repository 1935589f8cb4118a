/**
 * Presenter mode scrolls the notes to the current click only while the notes are editable,
 * that is under `slidev` (dev). A built deck (`npm run build`, `npm run preview:talk`) shows them
 * read-only, and Slidev does not scroll those: a speaker several clicks in would read the top of
 * the notes. This follows the marker Slidev itself marks active (`slidev-note-click-mark-active`)
 * and scrolls it to the middle of its notes panel, in dev and built alike. setup/main.ts installs it.
 */
export const ACTIVE_MARKER = 'slidev-note-click-mark-active'

/** Scrolls `marker` into the middle of its scrolling notes panel; true when it did. */
export function scrollMarkerIntoView(marker: Element): boolean {
  if (!marker.closest('.slidev-note'))
    return false
  marker.scrollIntoView({ block: 'center', behavior: 'smooth' })
  return true
}

/** Watches `root` for a click marker becoming active and scrolls to it. Returns a function that stops watching. */
export function followActiveNoteMarker(root: Node): () => void {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target
      if (target instanceof Element && target.classList.contains(ACTIVE_MARKER) && !(record.oldValue ?? '').split(/\s+/).includes(ACTIVE_MARKER)) {
        scrollMarkerIntoView(target)
        return
      }
    }
  })
  observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['class'], attributeOldValue: true })
  return () => observer.disconnect()
}
