import type { PresenterNote, StepReport } from './results'
import { beforeAll, expect, it } from 'vitest'
import { buildStackModel, drawnModel, frameAt } from '../../composables/stack'
import { isolationGoals } from '../../data/goals'
import { stacks } from '../../data/stacks'
import { loadDeck } from '../../scripts/deck-structure'
import { describeWithBrowser } from './gate'
import { plain } from './pdf'
import { readPresenterNotes, readWalk } from './results'

/**
 * The built study deck in Chromium, at every click step of its walk (one walk, light, shared
 * with the other per-step checks: tests/deck/runs.ts), and its notes in presenter mode.
 */
const deck = await loadDeck()

describeWithBrowser('the built deck in Chromium', () => {
  let reports: StepReport[] = []
  let presenter: PresenterNote[] = []

  beforeAll(() => {
    reports = readWalk('study', 'light')
    presenter = readPresenterNotes()
  })

  it('reaches every slide, in order, by pressing → from the first', () => {
    const slidesSeen = [...new Set(reports.map(r => r.no))]
    expect(slidesSeen).toEqual(deck.slides.map(s => s.no))
  })

  for (const slide of deck.slides) {
    it(`slide ${slide.no} "${slide.title}": no console error, no request off localhost, nothing outside the 980×552 canvas, no text under 16px, at any click`, () => {
      const states = reports.filter(r => r.no === slide.no)
      expect(states.length).toBeGreaterThan(0)
      expect(states.map(s => s.clicks), 'click steps visited in order').toEqual(states.map((_, i) => i))
      for (const state of states) {
        const at = `slide ${state.no}, click ${state.clicks}`
        expect(state.consoleErrors, `console errors at ${at}`).toEqual([])
        expect(state.externalRequests, `requests leaving localhost at ${at}`).toEqual([])
        expect(state.overflow, `elements outside the canvas at ${at}`).toEqual([])
        expect(state.small, `text under 16px at ${at}`).toEqual([])
      }
    })
  }

  it('reveals one more goal per click on the goals slide', () => {
    const goalsSlide = deck.slides.find(s => s.title === 'What we want: four goals')!
    const states = reports.filter(r => r.no === goalsSlide.no)
    expect(states.map(s => s.visibleGoals)).toEqual(Array.from({ length: isolationGoals.length + 1 }, (_, i) => i))
  })

  it('builds every layer stack bottom-up, one group per click, with the clicks its data needs', () => {
    const stackSlides = [...new Set(reports.filter(r => r.stack).map(r => r.no))]
    expect(stackSlides.length, 'slides with a LayerStack').toBeGreaterThanOrEqual(Object.keys(stacks).length)
    for (const no of stackSlides) {
      const states = reports.filter(r => r.no === no)
      const id = states[0].stack!.id as keyof typeof stacks
      const model = buildStackModel(stacks[id])
      expect(states.length - 1, `clicks registered on slide ${no} (${id})`).toBe(model.clicks)
      states.forEach(({ clicks, stack }) => {
        const frame = frameAt(model, clicks)
        if (frame.variant !== null) { // after the build: the picture varied, drawn whole
          const drawn = drawnModel(model, frame)
          expect(stack!.visible, `${id} at click ${clicks}: ${drawn.id} drawn whole`).toEqual(drawn.rows.map((_, row) => row))
          return
        }
        const built = Math.min(clicks, model.buildSteps - 1)
        const expected = model.rowStep.flatMap((step, row) => (step <= built ? [row] : []))
        expect(stack!.visible, `${id} at click ${clicks}: rows shown`).toEqual(expected)
        const newest = clicks < model.buildSteps ? model.rowStep.flatMap((step, row) => (step === clicks ? [row] : [])) : []
        expect(stack!.newest, `${id} at click ${clicks}: newest rows`).toEqual(newest)
      })
    }
  })

  it('presenter mode reaches every slide by Shift+→', () => {
    expect(presenter.map(p => p.no)).toEqual(deck.slides.map(s => s.no))
  })

  for (const slide of deck.slides) {
    it(`presenter mode shows the notes of slide ${slide.no} "${slide.title}"`, () => {
      const shown = plain(presenter.find(p => p.no === slide.no)?.text ?? '')
      expect(shown).toContain(plain(slide.note).slice(0, 60))
      expect(shown.length).toBeGreaterThan(plain(slide.note).length * 0.8)
    })
  }
})
