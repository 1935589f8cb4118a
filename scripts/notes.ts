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

const CLOCK = /^Clock: (\d+(?:\.\d+)?) min\b/gm
const CUT_SAVES = /^Cut:.*?\bsaves? (\d+(?:\.\d+)?) min\b/gm

/** The clock marks in the talk's notes (`Clock: 12 min.`: the timer should read 12 minutes as this slide starts). */
export function clockMarks(note: string): number[] {
  return [...note.matchAll(CLOCK)].map(m => Number(m[1]))
}

/** The minutes the notes' cut lines save (`Cut: if late, … saves 1 min.`). */
export function cutSavings(note: string): number {
  return [...note.matchAll(CUT_SAVES)].reduce((sum, m) => sum + Number(m[1]), 0)
}

/** The notes' cut lines, as written (without the label). */
export function cuts(note: string): string[] {
  return note.split('\n').filter(line => line.startsWith('Cut: ')).map(line => line.slice(5))
}
