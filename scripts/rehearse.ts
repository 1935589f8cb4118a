/**
 * Rehearse the talk against the clock: prints each slide of talk.md as presenter mode shows its
 * notes (setup/preparser.ts), with its minutes (`Time: N min.`), the clock (where you should be
 * as it starts, and the notes' own `Clock:` marks), the lines to say at each click, and the cut
 * plan (`Cut:` lines: what to drop when late). Then the spoken words (say-lines and `Talk:`
 * text) against the minutes, at 140 words a minute.
 *   npx tsx scripts/rehearse.ts [entry.md]
 */
import process from 'node:process'
import { spokenWords } from '../composables/note-roles'
import { loadDeck } from './deck-structure'
import { clockMarks, cuts, cutSavings, minutes, openingLines } from './notes'

const WPM = 140
const entry = process.argv[2] ?? 'talk.md'
const deck = await loadDeck(process.cwd(), entry)
const clock = (m: number): string => `${Math.floor(m)}:${String(Math.round((m % 1) * 60)).padStart(2, '0')}`
let at = 0
let words = 0
let saved = 0
const plan: string[] = []
for (const slide of deck.slides) {
  const mins = minutes(slide.note) ?? 0
  const said = spokenWords(slide.note)
  words += said
  const marks = clockMarks(slide.note)
  const mark = marks.length ? `  ⏱ notes say ${marks.map(m => clock(m)).join(', ')}` : ''
  console.log(`\n${clock(at)}  ${String(slide.no).padStart(2)}. ${slide.title}  [${mins} min; ${said} words ≈ ${(said / WPM).toFixed(1)} min]${mark}`)
  openingLines(slide.note).forEach((line, i) => console.log(`      ${i === 0 ? '·' : `${i}.`} ${line ?? '(no say-line)'}`))
  for (const cut of cuts(slide.note))
    plan.push(`  slide ${slide.no} (${clock(at)}): ${cut}`)
  saved += cutSavings(slide.note)
  at += mins
}
console.log(`\n${entry}: ${deck.slides.length} slides, ${at} min planned by the notes' Time lines.`)
console.log(`Spoken (say-lines and Talk: text): ${words} words ≈ ${(words / WPM).toFixed(1)} min at ${WPM} wpm; the rest is the demo, pauses and the room.`)
if (plan.length) {
  console.log(`\nCut plan (saves ${saved} min in all), in order:`)
  plan.forEach(line => console.log(line))
}
