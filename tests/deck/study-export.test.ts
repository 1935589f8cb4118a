import type { PdfContent } from './pdf'
import { beforeAll, expect, it } from 'vitest'
import { buildStackModel } from '../../composables/stack'
import { readJourney } from '../../data/journey'
import { quiz } from '../../data/quiz'
import { stacks } from '../../data/stacks'
import { loadDeck } from '../../scripts/deck-structure'
import { finalPdf } from './final-pdf'
import { describeWithBrowser } from './gate'
import { squash } from './pdf'

/**
 * The study slides in the final-state PDF (the handout): a check shows its question but not its
 * answer, the answer key has every answer and why, the journey and the ground floor are whole.
 * Pages are found by the title they open with (Slidev 52.20's export ignored --range here).
 */
const deck = await loadDeck()
const no = (pick: (content: string, title: string) => boolean): number => deck.slides.find(s => pick(s.content, s.title))!.no
const checkNo = no(content => content.includes('<Quiz id="type-virtualbox"'))
const journeyNo = no(content => content.includes('<SyscallJourney'))
const osNo = no(content => content.includes('<LayerStack stack="os"'))
const keyNos = deck.slides.filter(s => s.content.includes('<AnswerKey')).map(s => s.no)
const FILE = 'the final-state PDF'

describeWithBrowser('the study slides in the PDF handout', () => {
  let pdf: PdfContent
  let pageOf: (slideNo: number) => string

  beforeAll(async () => {
    pdf = await finalPdf()
    pageOf = (slideNo) => {
      const title = squash(deck.slides[slideNo - 1].title)
      const found = pdf.pages.find(page => squash(page).startsWith(title))
      if (!found)
        throw new Error(`no page of ${FILE} opens with the title of slide ${slideNo}, "${deck.slides[slideNo - 1].title}"`)
      return found
    }
  })

  it('prints a check with its question and options but without the answer, pointing to the key', () => {
    const page = squash(pageOf(checkNo))
    const question = quiz.find(q => q.id === 'type-virtualbox')!
    expect(page).toContain(squash(question.prompt))
    for (const option of question.options)
      expect(page).toContain(squash(option))
    expect(page).not.toContain(squash(question.why))
    expect(page).toContain(squash('Answer: see “Self-check answers” at the end.'))
  })

  it('prints the answer key: every question\'s answer and why, in the order of data/quiz.ts', () => {
    const key = squash(keyNos.map(pageOf).join(' '))
    let last = -1
    for (const question of quiz) {
      const at = key.indexOf(squash(question.why))
      expect(at, `the key gives why for "${question.id}"`).toBeGreaterThan(last)
      expect(key).toContain(squash(question.answer))
      last = at
    }
  })

  it('prints the system call journey whole: every step\'s explanation and both crossing counts', () => {
    const page = squash(pageOf(journeyNo))
    for (const step of readJourney.steps.slice(1))
      expect(page).toContain(squash(step.caption))
    expect(page).toContain(squash('2 crossings'))
    expect(page).toContain(squash('5 crossings'))
  })

  it('prints the ground floor with every layer and both of its points', () => {
    const page = squash(pageOf(osNo))
    const model = buildStackModel(stacks.os)
    for (const layer of model.rows.flat())
      expect(page).toContain(squash(layer.label))
    for (const point of model.highlights)
      expect(page).toContain(squash(point.caption))
  })
})
