/**
 * When the VM cannot start, the speaker is one key press from going on: the box says what failed
 * in both the audience's and the presenter's window, "Show the recorded run" shows the recording
 * in both, and → and Space then step through it one command per click, like the live demo.
 * The failure is forced with the deck's test hook `?vm-fail=state` (vm/useLinuxVm.ts): the
 * worker fails to load the saved state once, as if the server had answered 404; Retry loads it.
 */
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { vmTranscript } from '../../data/vm-transcript'
import { loadDeck } from '../../scripts/deck-structure'
import { launchChromium, stateOf } from '../../scripts/deck-walk'
import { deckUrl, describeWithBrowser } from './gate'

const deck = await loadDeck()
const slide = deck.slides.find(s => s.content.includes('<LinuxVm demo="container"'))!
const recorded = vmTranscript.demos.find(d => d.id === 'container')!.steps
const AUDIENCE = '.slidev-page:visible .linux-vm[data-context="slide"]'
const PRESENTER = '.linux-vm[data-context="presenter"]:not([data-state="still"])'
const TIMEOUT = 90_000

describeWithBrowser('the fallback when the VM does not start', (browserPath) => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium(browserPath)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('shows the error in both windows; the recorded run then steps with → and Space, one command per click; Retry starts the VM', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const audience = await context.newPage()
    const presenter = await context.newPage()
    await audience.goto(`${deckUrl}/${slide.no}?vm-fail=state`, { waitUntil: 'load' })
    await presenter.goto(`${deckUrl}/presenter/${slide.no}`, { waitUntil: 'load' })
    for (const [page, root] of [[audience, AUDIENCE], [presenter, PRESENTER]] as const) {
      const alert = page.locator(`${root} [role="alert"]`)
      await alert.waitFor({ timeout: TIMEOUT })
      expect(await alert.textContent(), 'names the file, the answer and the fix').toMatch(/saved state.*state\.bin\.zst.*404.*public\/vm\//s)
      expect(await page.locator(`${root} .vm-dot`).getAttribute('data-on'), 'no green "live" dot on a VM that is not running').toBe('false')
    }

    // The speaker, in the presenter window, chooses the recording with the mouse, then goes on with the keys.
    await presenter.bringToFront()
    await presenter.locator(PRESENTER).getByRole('button', { name: 'Show the recorded run' }).click()
    for (const [page, root] of [[audience, AUDIENCE], [presenter, PRESENTER]] as const)
      await page.waitForSelector(`${root} .vm-recording[data-shown="0"]`, { timeout: 10_000 })
    const keys = ['ArrowRight', 'Space', 'ArrowRight', 'Space']
    for (const [i, key] of keys.entries()) {
      await presenter.keyboard.press(key)
      expect(stateOf(presenter.url()), `${key}: the deck moves one click`).toEqual({ no: slide.no, clicks: i + 1 })
      for (const [page, root] of [[audience, AUDIENCE], [presenter, PRESENTER]] as const) {
        await page.waitForSelector(`${root} .vm-recording[data-shown="${i + 1}"]`, { timeout: 10_000 })
        const commands = await page.locator(`${root} .vm-recording .vm-cmd:not(.vm-next)`).allTextContents()
        expect(commands.map(c => c.trim()), `after ${key}, one more recorded command`).toEqual(recorded.slice(0, i + 1).map(s => `${s.prompt}${s.command}`.trim()))
      }
    }
    expect(await presenter.locator(PRESENTER).getByRole('button', { name: 'Hide the recorded run' }).count()).toBe(1)

    // Retry: the VM starts (the hook fails a file once) and catches up with the clicks.
    await presenter.locator(PRESENTER).getByRole('button', { name: 'Retry' }).click()
    await presenter.waitForSelector(`${PRESENTER}[data-state="ready"][data-typed="4"][data-busy="false"]`, { timeout: TIMEOUT })
    await presenter.keyboard.press('ArrowRight')
    expect(stateOf(presenter.url()), 'after Retry, → drives the deck').toEqual({ no: slide.no, clicks: 5 })
    await context.close()
  })
})
