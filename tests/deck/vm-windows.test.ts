import type { AddressInfo } from 'node:net'
/**
 * One VM per browser: the presenter's window and the audience's, opened in every order, reloaded
 * mid-demo, share one VM in one SharedWorker (one saved state fetched, one VM started), show the
 * same terminal, and the presenter's clicks drive the demo. Without SharedWorker (older Android
 * Chrome), each window runs its own VM in a dedicated Worker. Self-contained: its own counting
 * proxy in front of the built study deck, since a SharedWorker's requests are not the page's.
 */
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { createServer, request } from 'node:http'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { vmDemos } from '../../data/vm-demos'
import { loadDeck } from '../../scripts/deck-structure'
import { launchChromium, stateOf } from '../../scripts/deck-walk'
import { deckUrl, describeWithBrowser } from './gate'

const deck = await loadDeck()
const slide = deck.slides.find(s => s.content.includes('<LinuxVm demo="container"'))!
const container = vmDemos.find(d => d.id === 'container')!
const AUDIENCE = '.slidev-page:visible .linux-vm[data-context="slide"]'
const PRESENTER = '.linux-vm[data-context="presenter"]:not([data-state="still"])'
const TIMEOUT = 90_000

/** A proxy in front of the deck's server that counts the requests for each path. */
async function countingProxy(target: string): Promise<{ url: string, count: (path: string) => number, close: () => Promise<void> }> {
  const to = new URL(target)
  const counts = new Map<string, number>()
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    counts.set(path, (counts.get(path) ?? 0) + 1)
    const upstream = request({ host: to.hostname, port: to.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    count: path => counts.get(path) ?? 0,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}

/** The terminal's non-empty rows, as text (what is on screen). */
async function terminal(page: Page, root: string): Promise<string[]> {
  const rows = await page.locator(`${root} .xterm-rows > div`).evaluateAll(els => els.map(r => (r.textContent ?? '').replace(/\u00A0/g, ' ').trimEnd()))
  return rows.filter(Boolean)
}

async function atStep(page: Page, root: string, typed: number): Promise<void> {
  await page.waitForSelector(`${root}[data-state="ready"][data-typed="${typed}"][data-busy="false"]`, { timeout: TIMEOUT })
}

async function attr(page: Page, root: string, name: string): Promise<string | null> {
  return page.locator(root).getAttribute(`data-${name}`)
}

describeWithBrowser('one VM per browser, whichever window opens first', (browserPath) => {
  let browser: Browser
  let proxy: Awaited<ReturnType<typeof countingProxy>>
  const state = (): number => proxy.count('/vm/state.bin.zst')

  beforeAll(async () => {
    browser = await launchChromium(browserPath)
    proxy = await countingProxy(deckUrl)
  })
  afterAll(async () => {
    await browser?.close()
    await proxy?.close()
  })

  /** Both windows show the same lines at the bottom of the terminal (the same VM, the same bytes). */
  async function sameTerminal(audience: Page, presenter: Page): Promise<string[]> {
    let lines: string[] = []
    await expect.poll(async () => {
      const [a, p] = [await terminal(audience, AUDIENCE), await terminal(presenter, PRESENTER)]
      lines = a
      return JSON.stringify(a.slice(-6)) === JSON.stringify(p.slice(-6)) && a.length > 0
    }, { timeout: 10_000 }).toBe(true)
    return lines
  }

  /** The presenter presses → (1.5 s apart, while commands may still run): the demo follows, one command per click, none skipped. */
  async function presenterClicks(presenter: Page, audience: Page, from: number, presses: number): Promise<void> {
    for (let i = 1; i <= presses; i++) {
      await presenter.keyboard.press('ArrowRight')
      await presenter.waitForTimeout(1500)
    }
    await presenter.waitForURL(u => stateOf(u.toString()).clicks === from + presses, { timeout: 15_000 }).catch(() => {})
    expect(stateOf(presenter.url()), 'the presses stay on the VM slide, a click each').toEqual({ no: slide.no, clicks: from + presses })
    await atStep(presenter, PRESENTER, from + presses)
    await atStep(audience, AUDIENCE, from + presses)
    const lines = await sameTerminal(audience, presenter)
    expect(lines.join('\n')).toContain(`# ${container.steps[from + presses - 1].command}`)
  }

  /** Runs `body` with a fresh browser context (its own SharedWorker), closed whatever happens. */
  async function inContext(body: (context: BrowserContext) => Promise<void>): Promise<void> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    try {
      await body(context)
    }
    finally {
      await context.close()
    }
  }

  async function windows(context: BrowserContext, order: 'presenter-first' | 'audience-first', clicks = 0): Promise<{ audience: Page, presenter: Page }> {
    const audience = await context.newPage()
    const presenter = await context.newPage()
    const query = clicks ? `?clicks=${clicks}` : ''
    const openAudience = async (): Promise<void> => {
      await audience.goto(`${proxy.url}/${slide.no}${query}`, { waitUntil: 'load' })
      await atStep(audience, AUDIENCE, clicks)
    }
    const openPresenter = async (): Promise<void> => {
      await presenter.goto(`${proxy.url}/presenter/${slide.no}${query}`, { waitUntil: 'load' })
      await atStep(presenter, PRESENTER, clicks)
    }
    if (order === 'presenter-first') {
      await openPresenter()
      await openAudience()
    }
    else {
      await openAudience()
      await openPresenter()
    }
    await presenter.bringToFront()
    return { audience, presenter }
  }

  for (const order of ['presenter-first', 'audience-first'] as const) {
    it(`${order}: one VM, the same terminal in both windows, the presenter's clicks type the demo`, () => inContext(async (context) => {
      const fetched = state()
      const { audience, presenter } = await windows(context, order)
      for (const [page, root] of [[audience, AUDIENCE], [presenter, PRESENTER]] as const) {
        expect(await attr(page, root, 'shared'), 'a SharedWorker').toBe('true')
        expect(await attr(page, root, 'starts'), 'one VM started in the worker').toBe('1')
        expect(await attr(page, root, 'windows'), 'both windows attached to the one worker').toBe('2')
      }
      expect(state() - fetched, 'the saved state was fetched once').toBe(1)
      expect(await presenter.locator(PRESENTER).textContent()).not.toMatch(/mirror|read-only/)
      await presenterClicks(presenter, audience, 0, 4)
      // Both windows leave the slide: the VM stops; coming back starts a new one.
      await presenter.keyboard.press('Shift+ArrowRight')
      await presenter.waitForURL(u => stateOf(u.toString()).no === slide.no + 1)
      await presenter.keyboard.press('Shift+ArrowLeft')
      await presenter.waitForURL(u => stateOf(u.toString()).no === slide.no)
      await presenter.waitForSelector(`${PRESENTER}[data-starts="2"][data-state="ready"]`, { timeout: TIMEOUT })
    }))
  }

  it('audience at click 4, then the presenter: one VM, the four commands typed once, the presenter drives on', () => inContext(async (context) => {
    const fetched = state()
    const { audience, presenter } = await windows(context, 'audience-first', 4)
    expect(await attr(presenter, PRESENTER, 'starts')).toBe('1')
    expect(state() - fetched).toBe(1)
    const lines = await sameTerminal(audience, presenter)
    expect(lines.filter(l => l.endsWith(`# ${container.steps[0].command}`)), 'uname typed once').toHaveLength(1)
    await presenterClicks(presenter, audience, 4, 2)
  }))

  it('a reload of either window mid-demo loses nothing: the scrollback comes back, the VM runs on', () => inContext(async (context) => {
    const fetched = state()
    const { audience, presenter } = await windows(context, 'presenter-first')
    await presenterClicks(presenter, audience, 0, 3)
    const before = await terminal(audience, AUDIENCE)
    for (const [page, root] of [[audience, AUDIENCE], [presenter, PRESENTER]] as const) {
      await page.reload({ waitUntil: 'load' })
      await atStep(page, root, 3)
      await expect.poll(async () => (await terminal(page, root)).slice(-before.length), { timeout: 10_000 }).toEqual(before)
      expect(await attr(page, root, 'starts'), `after reloading the ${root === AUDIENCE ? 'audience' : 'presenter'}, still the first VM`).toBe('1')
      // Neither window is sent back to click 0 by the one that reloaded (composables/sync-hold.ts): give it time to settle, then look.
      await page.waitForTimeout(2000)
      for (const [other, name] of [[audience, 'audience'], [presenter, 'presenter']] as const)
        expect(stateOf(other.url()).clicks, `after reloading the ${root === AUDIENCE ? 'audience' : 'presenter'}, the ${name} window's click`).toBe(3)
    }
    expect(state() - fetched, 'no second fetch of the state').toBe(1)
    await presenter.bringToFront()
    await presenterClicks(presenter, audience, 3, 1)
  }))

  it('without SharedWorker, each window runs the VM in a dedicated Worker of its own', () => inContext(async (context) => {
    await context.addInitScript(() => {
      delete (window as { SharedWorker?: unknown }).SharedWorker
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', e => errors.push(e.message))
    await page.goto(`${proxy.url}/${slide.no}`, { waitUntil: 'load' })
    await atStep(page, AUDIENCE, 0)
    expect(await attr(page, AUDIENCE, 'shared')).toBe('false')
    expect(page.workers().length, 'a dedicated worker').toBeGreaterThan(0)
    await page.keyboard.press('ArrowRight')
    await atStep(page, AUDIENCE, 1)
    await expect.poll(async () => (await terminal(page, AUDIENCE)).join('\n'), { timeout: 10_000 }).toMatch(/^vm \d+\.\d+/m)
    expect(errors).toEqual([])
  }))
})
