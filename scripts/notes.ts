/**
 * Reading the speaker notes' conventions (see README, "Notes"): each click's segment opens
 * with a bold line to say, and the notes end with `Time: N min.`. Used by the structure tests
 * and by scripts/rehearse.ts, which reads the talk's bold lines against the clock.
 */

/** The notes split at each `[click]`: segment 0 is before the first click. */
export function clickSegments(note: string): string[] {
  return note.split(/\[click(?::\d+)?\]/)
}

/** How many `[click]` marks the notes hold (presenter mode moves to the next at each click). */
export function clickMarks(note: string): number {
  return clickSegments(note).length - 1
}

/** The bold line each segment opens with, or null where a segment opens with anything else. */
export function openingLines(note: string): (string | null)[] {
  return clickSegments(note).map((segment) => {
    const m = segment.trim().match(/^\*\*(.+?)\*\*/s)
    return m ? m[1].trim() : null
  })
}

const TIME = /^Time: (\d+(?:\.\d+)?) min\.$/

/** The minutes the last line of the notes gives (`Time: N min.`), or null if the last line is not one. */
export function minutes(note: string): number | null {
  const last = note.trim().split('\n').at(-1)?.trim() ?? ''
  const m = last.match(TIME)
  return m ? Number(m[1]) : null
}

/** Words in a piece of notes, markdown marks aside. */
export function words(text: string): number {
  return text.replace(/[*`#>_[\]]/g, ' ').split(/\s+/).filter(w => /\w/.test(w)).length
}
