/**
 * How long the study deck's paths take (composables/study-path.ts says what they are), summed
 * over the slides, so the how-to slide's minutes are checked against the slides themselves
 * (tests/unit/study-path.test.ts).
 */
import type { StudyPath } from '../composables/study-path'
import { isStudyPath } from '../composables/study-path'
import { clickMarks, words } from './notes'

/**
 * How long a learner alone spends on one slide, in minutes: a quarter of a minute to take in the
 * slide, a few seconds for each click's new step, half a minute to answer each self-check
 * question, and the explanation in the notes read at 240 words a minute (silent reading of
 * non-fiction runs at about 238: Brysbaert, J. Memory and Language 109, 2019). Lines meant for a
 * live room only (`Talk:`, `Cue:`, `Time:`) and the closing `Sources:` line are not read.
 */
export const READING = { perSlide: 0.25, perClick: 0.1, perQuestion: 0.5, wordsPerMinute: 240 } as const

/** The notes a learner reads: without room-only paragraphs, the minutes line or the sources line. */
export function learnerNotes(note: string): string {
  return note.split(/\n\s*\n/)
    .filter(paragraph => !/^\s*(?:Talk|Cue|Time|Sources):/.test(paragraph))
    .join('\n\n')
    .replace(/ ?\[click(?::\d+)?\] ?/g, ' ')
    .trim()
}

export function studyMinutes(slide: { note: string, content: string }): number {
  const questions = [...slide.content.matchAll(/<Quiz\s/g)].length
  return READING.perSlide
    + READING.perClick * clickMarks(slide.note)
    + READING.perQuestion * questions
    + words(learnerNotes(slide.note)) / READING.wordsPerMinute
}

/** Minutes of each path, summed over the deck's slides. */
export function pathMinutes(slides: { note: string, content: string, path?: string }[]): Record<StudyPath, number> {
  const sum: Record<StudyPath, number> = { core: 0, deep: 0, reference: 0 }
  for (const slide of slides) {
    if (isStudyPath(slide.path))
      sum[slide.path] += studyMinutes(slide)
  }
  return sum
}

/** Rounds minutes the way the how-to slide states them: to the nearest 5. */
export function aboutMinutes(minutes: number): number {
  return Math.round(minutes / 5) * 5
}
