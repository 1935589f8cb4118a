/**
 * Rehearse the talk against the clock: prints each slide of talk.md with its minutes
 * (`Time: N min.`) and the bold lines to say at each click, and estimates, at 150 words a
 * minute, how long reading only the bold lines and reading the whole notes would take.
 *   npx tsx scripts/rehearse.ts [entry.md]
 */
import process from 'node:process'
import { loadDeck } from './deck-structure'
import { minutes, openingLines, words } from './notes'

const WPM = 150
const entry = process.argv[2] ?? 'talk.md'
const deck = await loadDeck(process.cwd(), entry)
let planned = 0
let boldWords = 0
let noteWords = 0
for (const slide of deck.slides) {
  const mins = minutes(slide.note) ?? 0
  const lines = openingLines(slide.note)
  const bw = lines.reduce((sum, line) => sum + words(line ?? ''), 0)
  const nw = words(slide.note)
  planned += mins
  boldWords += bw
  noteWords += nw
  console.log(`\n${String(slide.no).padStart(2)}. ${slide.title}  [${mins} min; bold ${bw} words ≈ ${(bw / WPM).toFixed(1)} min; notes ${nw} words ≈ ${(nw / WPM).toFixed(1)} min]`)
  lines.forEach((line, i) => console.log(`    ${i === 0 ? '·' : `${i}.`} ${line ?? '(no bold line)'}`))
}
console.log(`\n${entry}: ${deck.slides.length} slides, ${planned} min planned by the notes' Time lines.`)
console.log(`Bold lines only: ${boldWords} words ≈ ${(boldWords / WPM).toFixed(1)} min at ${WPM} wpm. Whole notes: ${noteWords} words ≈ ${(noteWords / WPM).toFixed(1)} min.`)
