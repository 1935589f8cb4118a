import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { questionById } from '../../composables/quiz'
import { quiz } from '../../data/quiz'
import { loadDeck } from '../../scripts/deck-structure'
import { launchChromium, overflowingElements, settle, stateOf, watchPage } from '../../scripts/deck-walk'
import { deckUrl, describeWithBrowser } from './gate'

/** The study deck's self-checks in the built site: answered by mouse and by keyboard, as a learner would. */
const deck = await loadDeck()
const slideWith = (id: string): number => deck.slides.find(s => s.content.includes(`<Quiz id="${id}"`))!.no
const slideTitled = (title: string): number => deck.slides.find(s => s.title === title)!.no

const sorting = questionById(quiz, 'type-virtualbox')
const checkNo = slideWith(sorting.id)

describeWithBrowser('self-checks in the built deck', (browserPath) => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchChromium(browserPath)
  })

  afterAll(async () => {
    await browser?.close()
  })

  async function open(path: string): Promise<Page> {
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(`${deckUrl}${path}`, { waitUntil: 'networkidle' })
    await page.locator(`.slidev-page:visible [data-quiz="${sorting.id}"]`).waitFor()
    return page
  }

  const quizOf = (id: string): ReturnType<Page['locator']> => page.locator(`.slidev-page:visible [data-quiz="${id}"]`)

  it('places every question of data/quiz.ts on some slide, and each check slide registers no clicks', async () => {
    const missing = quiz.filter(q => !deck.slides.some(s => s.content.includes(`<Quiz id="${q.id}"`))).map(q => q.id)
    expect(missing).toEqual([])
    await open(`/${checkNo}`)
    await page.keyboard.press('ArrowRight')
    await settle(page)
    expect(stateOf(page.url()), '→ on a check slide goes straight to the next slide').toEqual({ no: checkNo + 1, clicks: 0 })
    await page.close()
  })

  it('answered wrong with the mouse: says so, gives the answer and why, and links to the slide that teaches it', async () => {
    await open(`/${checkNo}`)
    const trouble = watchPage(page)
    const wrong = sorting.options.find(o => o !== sorting.answer)!
    await quizOf(sorting.id).getByRole('button', { name: wrong, exact: true }).click()
    const feedback = quizOf(sorting.id).locator('[data-feedback]')
    await expect.poll(() => feedback.textContent()).toContain('Not quite')
    const text = await feedback.textContent() ?? ''
    expect(text).toContain(`the answer is “${sorting.answer}”`)
    expect(text).toContain(sorting.why)
    expect(await feedback.getAttribute('aria-live')).toBe('polite')
    expect(stateOf(page.url()), 'answering does not move the deck').toEqual({ no: checkNo, clicks: 0 })
    await feedback.locator('.quiz-taught').getByRole('link').click()
    await settle(page)
    expect(stateOf(page.url()).no, 'the link goes to the teaching slide').toBe(slideTitled(sorting.taughtOn))
    expect(trouble.take().consoleErrors).toEqual([])
    await page.close()
  })

  it('answered with the keyboard: arrows move between options without moving the deck, Enter answers, Esc hands the keys back', async () => {
    await open(`/${checkNo}`)
    const options = quizOf(sorting.id).locator('button.quiz-option')
    await options.first().focus()
    await page.keyboard.press('ArrowDown')
    expect(await options.nth(1).evaluate(el => el === document.activeElement)).toBe(true)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Space')
    await settle(page)
    expect(stateOf(page.url()), 'keys inside the quiz stay inside it').toEqual({ no: checkNo, clicks: 0 })
    expect(await quizOf(sorting.id).locator('[data-feedback]').textContent()).toContain(sorting.options[0] === sorting.answer ? 'Right.' : 'Not quite')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Enter')
    const answerIndex = sorting.options.indexOf(sorting.answer)
    expect(await options.nth(answerIndex).getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => quizOf(sorting.id).locator('[data-feedback]').textContent()).toContain('Right.')
    await page.keyboard.press('Escape')
    await page.keyboard.press('ArrowRight')
    await settle(page)
    expect(stateOf(page.url()).no, 'after Esc, → moves the deck again').toBe(checkNo + 1)
    await page.close()
  })

  it('keeps every check slide inside the canvas with all its feedback showing (wrong answers say the most)', async () => {
    const checkSlides = [...new Set(quiz.map(q => slideWith(q.id)))]
    await open(`/${checkNo}`)
    for (const no of checkSlides) {
      await page.goto(`${deckUrl}/${no}`, { waitUntil: 'networkidle' })
      const quizzes = page.locator('.slidev-page:visible .quiz')
      await quizzes.first().waitFor()
      for (let i = 0; i < await quizzes.count(); i++) {
        const q = questionById(quiz, (await quizzes.nth(i).getAttribute('data-quiz'))!)
        const longestWrong = q.options.filter(o => o !== q.answer).sort((a, b) => b.length - a.length)[0]
        await quizzes.nth(i).getByRole('button', { name: longestWrong, exact: true }).click()
      }
      await settle(page)
      expect(await overflowingElements(page), `slide ${no} with every question answered wrong`).toEqual([])
    }
    await page.close()
  })

  it('works in presenter mode too', async () => {
    await open(`/presenter/${checkNo}`)
    const right = quizOf(sorting.id).first().getByRole('button', { name: sorting.answer, exact: true })
    await right.click()
    await expect.poll(() => quizOf(sorting.id).first().locator('[data-feedback]').textContent()).toContain('Right.')
    await page.close()
  })
})
