/**
 * The live VM in the built deck, in Chromium: the container demo restored and stepped through by
 * clicks, with assertions on the real output; typing into the terminal without moving the deck;
 * the VM stopping when its slide is left; and the PDF export showing the recorded transcript,
 * never a boot. Presenter and audience windows: vm-windows.test.ts; the fallback: vm-fallback.test.ts.
 */
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { vmDemos } from '../../data/vm-demos'
import { vmTranscript } from '../../data/vm-transcript'
import { loadDeck } from '../../scripts/deck-structure'
import { launchChromium, stateOf } from '../../scripts/deck-walk'
import { finalPdf } from './final-pdf'
import { deckUrl, describeWithBrowser } from './gate'
import { squash } from './pdf'

const deck = await loadDeck()
const demoSlide = deck.slides.find(s => s.content.includes('<LinuxVm demo="container"'))
const vmSlides = deck.slides.filter(s => s.content.includes('<LinuxVm'))
const container = vmDemos.find(d => d.id === 'container')!
const VM = '.slidev-page:visible .linux-vm'
const RESTORE_TIMEOUT = 60_000
/** A line that starts with the shell's prompt, `vm:~# `. */
const PROMPT_LINE = /^[\w.-]+:\S*[#$](?: |$)/

/** The terminal's rows as text, top to bottom (what is on screen now). */
async function screen(page: Page, root = VM): Promise<string[]> {
  return page.locator(`${root} .xterm-rows > div`).evaluateAll(rows => rows.map(r => (r.textContent ?? '').replace(/\u00A0/g, ' ').trimEnd()))
}

/**
 * The output of the last run of `command` on screen: the lines after its prompt line, up to the
 * prompt the shell printed next.
 */
function outputOf(lines: string[], command: string): string[] {
  const at = lines.map(line => PROMPT_LINE.test(line) && line.endsWith(`# ${command}`)).lastIndexOf(true)
  if (at === -1)
    throw new Error(`"${command}" is not on the terminal's screen:\n${lines.join('\n')}`)
  const rest = lines.slice(at + 1)
  const next = rest.findIndex(line => PROMPT_LINE.test(line))
  return (next === -1 ? rest : rest.slice(0, next)).filter(line => line.trim() !== '')
}

async function waitForStep(page: Page, typed: number, root = VM): Promise<void> {
  await page.waitForSelector(`${root}[data-typed="${typed}"][data-busy="false"][data-state="ready"]`, { timeout: RESTORE_TIMEOUT })
  // The prompt after the last command is drawn in the next frame.
  await page.waitForTimeout(150)
}

/** A reader of the main-thread time (all tasks) the page has used so far, from the DevTools protocol, in ms. */
async function cpuMeter(page: Page): Promise<() => Promise<number>> {
  const session = await page.context().newCDPSession(page)
  await session.send('Performance.enable')
  return async () => {
    const { metrics } = await session.send('Performance.getMetrics')
    return (metrics.find(m => m.name === 'TaskDuration')?.value ?? 0) * 1000
  }
}

describeWithBrowser('the live VM in the built deck', (browserPath) => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium(browserPath)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('imports the live VM slides', () => {
    expect(demoSlide, 'a slide with <LinuxVm demo="container"> (pages/live-vm.md in slides.md)').toBeDefined()
    expect(vmSlides.length).toBeGreaterThanOrEqual(5)
  })

  it('fetches nothing of the VM before its slide, though Slidev preloads every slide', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const fetched: string[] = []
    page.on('request', request => fetched.push(new URL(request.url()).pathname))
    await page.goto(`${deckUrl}/1`, { waitUntil: 'load' })
    // Slidev mounts every slide, hidden, about 3 s after loading.
    await page.waitForTimeout(5000)
    expect(await page.locator('.linux-vm').count(), 'the VM slides are mounted (preloaded)').toBeGreaterThan(0)
    expect(fetched.filter(path => /\/vm\/|libv86|xterm|worker|\.wasm$/.test(path))).toEqual([])
    await page.close()
  })

  it('restores the VM, then the clicks run a container by hand: an ordinary PID on the host, PID 1 inside, host name kept inside, the same kernel (both lines on screen at the end); typing does not move the deck; leaving stops the VM', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const errors: string[] = []
    page.on('pageerror', e => errors.push(e.message))
    page.on('console', m => m.type() === 'error' && errors.push(m.text()))
    await page.goto(`${deckUrl}/${demoSlide!.no}`, { waitUntil: 'load' })
    await waitForStep(page, 0)
    const vm = page.locator(VM)
    expect(Number(await vm.getAttribute('data-prompt-ms')), 'time to prompt on restore, ms').toBeLessThan(RESTORE_TIMEOUT)
    expect(await vm.locator('.vm-bar').textContent()).toMatch(/snapshot, not booted.*snapshot restore to prompt: \d/)
    expect(await vm.getAttribute('aria-label')).toMatch(/Linux VM terminal/)

    // A learner types into the terminal: the deck's keys go to the VM, not the slides.
    await vm.locator('.xterm-screen').click()
    expect(await vm.getAttribute('data-focused')).toBe('true')
    const url = page.url()
    await page.keyboard.type('echo typed-$((6*7))')
    await page.keyboard.press('Enter')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Space')
    await page.waitForTimeout(500)
    await expect.poll(async () => (await screen(page)).join('\n'), { timeout: 10_000 }).toContain('typed-42')
    expect(page.url(), 'keys typed into the terminal must not move the deck').toBe(url)
    // Escape gives the keys back: the next → is the demo's first click.
    await page.keyboard.press('Escape')
    expect(await vm.getAttribute('data-focused')).toBe('false')

    const outputs: string[][] = []
    for (const [i, step] of container.steps.entries()) {
      await page.keyboard.press('ArrowRight')
      await waitForStep(page, i + 1)
      expect(stateOf(page.url())).toEqual({ no: demoSlide!.no, clicks: i + 1 })
      outputs.push(outputOf(await screen(page), step.command))
    }
    const out = (command: string, nth = 0): string[] => outputs.filter((_, i) => container.steps[i].command === command)[nth]
    const [name, kernel] = out('uname -nr', 0)[0].split(' ')
    expect(name, 'the host name outside').toBe('vm')
    expect(kernel, 'uname -r outside').toMatch(/^\d+\.\d+\.\d+/)
    const hostPid = Number(out('ps -o pid,comm | grep sleep')[0].trim().split(/\s+/)[0])
    expect(hostPid, 'on the host, the container\'s sleep has an ordinary PID').toBeGreaterThan(1)
    const ps = out('ps -o pid,comm')
    expect(ps[1].trim(), 'inside, the same sleep is PID 1').toBe('1 sleep')
    expect(ps.length, `ps inside sees only the container's processes:\n${ps.join('\n')}`).toBeLessThanOrEqual(4)
    expect(out('uname -nr', 1), 'inside: its own host name, the same kernel').toEqual([`box ${kernel}`])
    expect(out('uname -nr', 2), 'outside, the host name is unchanged').toEqual([`vm ${kernel}`])
    // The point of the demo, on screen at its last click: the line from inside and the line from outside.
    const last = await screen(page)
    expect(last, 'inside and outside uname lines both on screen').toEqual(expect.arrayContaining([`box ${kernel}`, `vm ${kernel}`]))
    expect(last.filter(Boolean).at(-1)).toMatch(/^vm:/)

    // Leave the slide: the VM is destroyed and the page goes quiet.
    const cpuMs = await cpuMeter(page)
    const busyBefore = await cpuMs()
    await page.waitForTimeout(2000)
    const busyRunning = (await cpuMs()) - busyBefore
    await page.keyboard.press('ArrowRight')
    await page.waitForURL(u => stateOf(u.toString()).no === demoSlide!.no + 1)
    await page.waitForTimeout(1000)
    const states = await page.locator('.linux-vm').evaluateAll(els => els.map(el => el.getAttribute('data-state')))
    expect(states.filter(s => ['waiting', 'loading', 'booting', 'ready'].includes(s!)), 'VMs still running after the slide was left').toEqual([])
    const quietFrom = await cpuMs()
    await page.waitForTimeout(2000)
    const busyAfter = (await cpuMs()) - quietFrom
    console.warn(`main-thread time over 2 s: ${busyRunning.toFixed(0)} ms with the VM idle at its prompt, ${busyAfter.toFixed(0)} ms after leaving the slide`)
    expect(busyAfter, 'main-thread ms in 2 s after leaving the slide').toBeLessThan(150)
    expect(errors).toEqual([])
    await page.close()
  })

  it('the final-state PDF shows each VM slide\'s recorded transcript, never a boot', () => {
    return finalPdf().then(({ pages }) => {
      expect(pages.length).toBe(deck.slides.length)
      const page = squash(pages[demoSlide!.no - 1])
      expect(page).toContain(squash('recorded from a real run of this image'))
      expect(page).toContain(squash(`image ${vmTranscript.imageVersion}, Linux ${vmTranscript.kernelRelease}, ${vmTranscript.recordedAt.slice(0, 10)})`))
      const recorded = vmTranscript.demos.find(d => d.id === 'container')!.steps
      for (const step of recorded) {
        expect(page, `the transcript's "${step.command}"`).toContain(squash(`${step.prompt}${step.command}`))
        for (const line of step.output.split('\n').filter(l => l.trim()))
          expect(page, `output of "${step.command}"`).toContain(squash(line))
      }
      for (const slide of vmSlides)
        expect(pages[slide.no - 1], `page ${slide.no} shows a live VM`).not.toMatch(/click to type|loading the emulator|powered off|read-only/)
    })
  })
})
