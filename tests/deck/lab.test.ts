/**
 * The lab in the built study deck, in Chromium, as a learner does it: on each lab slide, click
 * into the live VM's terminal and type the step's commands; after each, the panel's check moves
 * on, and at the end it says the step passed, in its aria-live region, and the progress counts
 * it. A wrong attempt gets a hint that says what went wrong; "Type it for me" and Reset work from
 * the keyboard and give the keys back to the slides.
 */
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { labSteps } from '../../data/lab'
import { loadDeck } from '../../scripts/deck-structure'
import { launchChromium } from '../../scripts/deck-walk'
import { deckUrl, describeWithBrowser } from './gate'

const deck = await loadDeck()
const slideOf = (id: string): number => deck.slides.find(s => s.content.includes(`<LabStep step="${id}"`))?.no ?? -1
const LAB = '.slidev-page:visible .lab-step'
const READY = 60_000
/** A command's output can take a while in the emulator (ping waits a second between packets). */
const COMMAND = 20_000

async function openStep(page: Page, id: string): Promise<void> {
  await page.goto(`${deckUrl}/${slideOf(id)}`, { waitUntil: 'load' })
  await page.waitForSelector(`${LAB} .linux-vm[data-state="ready"][data-busy="false"]`, { timeout: READY })
  await page.waitForSelector(`${LAB} .lab-check`, { timeout: READY })
}

/** In the page: the shown lab step's check has moved past command `at` (the hidden slides' steps are skipped). */
function passed(at: number): boolean {
  const el = [...document.querySelectorAll<HTMLElement>('.lab-step')].find(e => e.checkVisibility())
  return !!el && (el.dataset.verdict === 'done' || Number(el.dataset.index) > at)
}

async function typeCommand(page: Page, command: string): Promise<void> {
  await page.keyboard.type(command)
  await page.keyboard.press('Enter')
}

describeWithBrowser('the lab in the built study deck', (browserPath) => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium(browserPath)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('has one slide per lab step, in the lab\'s order', () => {
    const slides = labSteps.map(s => slideOf(s.id))
    expect(slides.every(n => n > 0), `lab slides: ${slides.join(', ')}`).toBe(true)
    expect([...slides].sort((a, b) => a - b)).toEqual(slides)
  })

  it('a learner types every step into the terminal, and each step\'s check passes, said in words', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const errors: string[] = []
    page.on('pageerror', e => errors.push(e.message))
    try {
      for (const [n, step] of labSteps.entries()) {
        await openStep(page, step.id)
        await page.locator(`${LAB} .xterm-screen`).click()
        for (const [i, command] of step.commands.entries()) {
          await typeCommand(page, command.command)
          // The check reads the terminal once the command has finished (the next prompt): it moves past this command.
          await page.waitForFunction(passed, i, { timeout: COMMAND }).catch(async (e) => {
            const said = await page.locator(`${LAB} [data-testid="lab-check"]`).textContent()
            throw new Error(`step ${step.id}, after "${command.command}": the check says "${said?.trim()}" (${(e as Error).message})`)
          })
        }
        await expect.poll(() => page.locator(LAB).getAttribute('data-verdict'), { timeout: COMMAND }).toBe('done')
        const region = page.locator(`${LAB} [data-testid="lab-check"]`)
        expect(await region.getAttribute('aria-live')).toBe('polite')
        const said = (await region.textContent()) ?? ''
        expect(said, step.id).toContain('Check passed.')
        expect(said, step.id).toContain(step.fence)
        for (const c of step.commands.filter(c => c.expect))
          expect(said, `${step.id}: the evidence names what ${c.command} showed`).toContain(c.shows)
        expect(await page.locator(`${LAB} [data-testid="lab-progress"]`).textContent()).toContain(`${n + 1} of ${labSteps.length} steps done`)
      }
      expect(errors).toEqual([])
    }
    finally {
      await page.close()
    }
  }, 15 * 60_000)

  it('a wrong attempt gets a hint, never a dead end: Type it for me and Reset, by keyboard, and the keys go back to the slides', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    try {
      await openStep(page, 'pid')
      await page.locator(`${LAB} .xterm-screen`).click()
      // The learner leaves the container too early, then asks for its PID on the host.
      await typeCommand(page, 'unshare --pid --fork --mount-proc sh')
      await page.waitForFunction(passed, 0, { timeout: COMMAND })
      await typeCommand(page, 'exit')
      await page.waitForTimeout(1500)
      await typeCommand(page, 'echo $$')
      await expect.poll(() => page.locator(LAB).getAttribute('data-verdict'), { timeout: COMMAND }).toBe('hint')
      const said = (await page.locator(`${LAB} [data-testid="lab-check"]`).textContent()) ?? ''
      expect(said).toContain('Not yet.')
      expect(said).toContain('“echo $$” printed')
      expect(said).toContain('the shell\'s own PID: 1')
      expect(said).toContain('If you typed exit, start it again')
      await page.keyboard.press('Escape')

      // Reset, from the keyboard: a fresh VM, the check back at the first command.
      const reset = page.getByRole('button', { name: 'Reset step' })
      await reset.focus()
      await page.keyboard.press('Enter')
      await page.waitForSelector(`${LAB}[data-verdict="next"][data-index="0"]`, { timeout: READY })
      await page.waitForSelector(`${LAB} .linux-vm[data-state="ready"]`, { timeout: READY })
      expect(await page.evaluate(() => document.activeElement?.tagName), 'the button gives the keys back').toBe('BODY')
      await expect.poll(() => page.locator(`${LAB} .xterm-rows`).textContent(), { timeout: COMMAND }).not.toContain('echo $$')

      // Type it for me, from the keyboard, for every command: the step passes.
      const typeForMe = page.getByRole('button', { name: 'Type it for me' })
      for (let i = 0; i < labSteps.find(s => s.id === 'pid')!.commands.length; i++) {
        await page.waitForSelector(`${LAB} .linux-vm[data-state="ready"]`, { timeout: READY })
        await typeForMe.focus()
        await page.keyboard.press('Enter')
        await page.waitForFunction(passed, i, { timeout: COMMAND })
      }
      expect(await page.locator(LAB).getAttribute('data-verdict')).toBe('done')
      // The keys are the slides' again: → moves the deck on.
      const url = page.url()
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => page.url()).not.toBe(url)
    }
    finally {
      await page.close()
    }
  }, 5 * 60_000)
})
