import type { DeckSlide, DeckStructure } from '../../scripts/deck-structure'
import process from 'node:process'
import { beforeAll, describe, expect, it } from 'vitest'
import { CUE_PHRASES, noteParts, splitClicks, spokenWords } from '../../composables/note-roles'
import { loadDeck } from '../../scripts/deck-structure'
import { clockMarks, cutSavings, minutes, openingLines } from '../../scripts/notes'

/**
 * Three voices from one source (composables/note-roles.ts, applied by setup/preparser.ts): both
 * entries parsed by Slidev's own parser with the preparser installed, as `slidev` does, so these
 * are the notes presenter mode, the handout and the exports show.
 */

/** What a speaker can say in a minute, unhurried. */
const WPM = 140
/** Fewer spoken words a minute than this, and the notes no longer carry the talk: the speaker improvises. */
const MIN_WPM = 95
/** Minutes of the talk not spoken from the notes: the demo's typing and waiting, answers from the room. */
const SLACK_MINUTES = 4
/** What the cut plan must be able to save, in minutes, for a late start or a long question. */
const CUTTABLE_MINUTES = 3

let study: DeckStructure
let talk: DeckStructure
beforeAll(async () => {
  study = await loadDeck(process.cwd(), 'slides.md')
  talk = await loadDeck(process.cwd(), 'talk.md')
})

const spoken = (deck: DeckStructure): DeckSlide[] => deck.slides.filter(s => !s.title.startsWith('References'))

describe('the study deck speaks to a learner', () => {
  it('has no cue for a live room in its notes: no "the room", show of hands, "I click", minutes or stage directions', () => {
    const found = study.slides.flatMap(s => s.note.split('\n').filter(line => CUE_PHRASES.some(re => re.test(line))).map(line => `${s.no} "${s.title}": ${line.slice(0, 90)}`))
    expect(found).toEqual([])
  })

  it('keeps every click mark of the page (presenter mode follows them)', () => {
    const lost = study.slides.filter(s => splitClicks(s.note).marks.length !== splitClicks(s.rawNote).marks.length).map(s => `${s.no} "${s.title}"`)
    expect(lost).toEqual([])
  })
})

describe('the talk is a talk', () => {
  it('opens every click segment of every slide with a say-line', () => {
    const bare = talk.slides.flatMap(s => openingLines(s.note).flatMap((line, i) => line === null ? [`${s.no} "${s.title}", segment ${i}`] : []))
    expect(bare).toEqual([])
  })

  it(`can be said at ${WPM} words a minute with ${SLACK_MINUTES} minutes to spare for the demo and questions`, () => {
    const minutesPlanned = spoken(talk).reduce((sum, s) => sum + (minutes(s.note) ?? 0), 0)
    const words = spoken(talk).reduce((sum, s) => sum + spokenWords(s.note), 0)
    expect(words, `${words} spoken words for ${minutesPlanned} min`).toBeLessThanOrEqual(WPM * (minutesPlanned - SLACK_MINUTES))
    expect(words, `${words} spoken words for ${minutesPlanned} min`).toBeGreaterThanOrEqual(MIN_WPM * (minutesPlanned - SLACK_MINUTES))
  })

  it('gives no slide more spoken words than its minutes hold', () => {
    const long = spoken(talk).filter(s => spokenWords(s.note) > WPM * (minutes(s.note) ?? 0) + 20).map(s => `${s.no} "${s.title}": ${spokenWords(s.note)} words for ${minutes(s.note)} min`)
    expect(long).toEqual([])
  })

  it('keeps each click\'s Talk text to three sentences at most', () => {
    const long = spoken(talk).flatMap(s => noteParts(s.rawNote).flatMap((parts, i) => {
      const text = parts.filter(p => p.role === 'talk').map(p => p.text).join(' ')
      const sentences = text.split(/[.!?…]["”’)]?(?:\s|$)/).filter(t => /\w/.test(t)).length
      return sentences > 3 ? [`${s.no} "${s.title}", segment ${i}: ${sentences} sentences`] : []
    }))
    expect(long).toEqual([])
  })

  it('puts every cue at the end of its segment, after what is said', () => {
    const early = spoken(talk).flatMap(s => noteParts(s.rawNote).flatMap((parts, i) => {
      const firstCue = parts.findIndex(p => p.role === 'cue')
      return firstCue >= 0 && parts.slice(firstCue).some(p => p.role === 'say' || p.role === 'talk') ? [`${s.no} "${s.title}", segment ${i}`] : []
    }))
    expect(early).toEqual([])
  })

  it('marks the clock: each `Clock: N min.` is the minute its slide starts at, by the minutes before it', () => {
    let at = 0
    const marks: string[] = []
    const wrong: string[] = []
    for (const s of talk.slides) {
      for (const mark of clockMarks(s.note)) {
        marks.push(`${s.no}`)
        if (mark !== at)
          wrong.push(`${s.no} "${s.title}": Clock says ${mark} min, the minutes before it add up to ${at}`)
      }
      at += minutes(s.note) ?? 0
    }
    expect(wrong).toEqual([])
    expect(marks.length, 'clock marks in the talk').toBeGreaterThanOrEqual(5)
  })

  it(`has a cut plan that saves at least ${CUTTABLE_MINUTES} minutes`, () => {
    const saved = talk.slides.reduce((sum, s) => sum + cutSavings(s.note), 0)
    expect(saved).toBeGreaterThanOrEqual(CUTTABLE_MINUTES)
  })

  it('promises the live demo at the minute it starts, in its opening line', () => {
    let at = 0
    for (const s of talk.slides) {
      if (s.file === 'pages/live-vm.md')
        break
      at += minutes(s.note) ?? 0
    }
    expect(openingLines(talk.slides[0].note)[0]).toMatch(new RegExp(`\\bminute ${at}\\b.*container by hand`))
  })

  it('says "125 ms" once, and "runtime" in one meaning only: runc, the low-level runtime', () => {
    const said = spoken(talk).flatMap(s => noteParts(s.note).flat().filter(p => !['cue', 'clock', 'cut', 'time'].includes(p.role)).map(p => p.text))
    expect(said.join('\n').match(/125 ms/g)?.length ?? 0).toBe(1)
    const runtimes = said.flatMap(text => text.match(/\b(?:[\w-]+ )?runtimes?\b/gi) ?? [])
    expect(runtimes.filter(r => !/^low-level runtime$/i.test(r))).toEqual([])
  })
})
