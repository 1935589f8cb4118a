/**
 * Drives the built deck in Chromium the way a presenter does: open slide 1, press → until the
 * end, and at every click step hand the page to a callback. Shared by the deck tests, the
 * screenshot script and the benchmark.
 */
import type { Browser, Page } from 'playwright-chromium'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS } from './browser'

export interface DeckState {
  /** 1-based slide number. */
  no: number
  /** The click step on that slide (0 = before the first click). */
  clicks: number
}

export const CANVAS = { width: 980, height: 552 } as const

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}

export function stateOf(url: string): DeckState {
  const { pathname, searchParams } = new URL(url)
  const no = Number(pathname.split('/').filter(Boolean).pop() ?? 1)
  return { no: Number.isFinite(no) ? no : 1, clicks: Number(searchParams.get('clicks') ?? 0) }
}

/**
 * Waits for fonts and for the slide and step transitions to finish: `ms`, then (on a busy machine a
 * transition can take longer) until no finite animation or transition runs, for at most 3 s more.
 */
export async function settle(page: Page, ms = 550): Promise<void> {
  await page.evaluate(() => document.fonts.ready)
  await page.waitForTimeout(ms)
  await page.waitForFunction(() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity), undefined, { timeout: 3000, polling: 100 }).catch(() => {})
}

/** Visits every slide at every click step, in order, by pressing → as a presenter does. */
export async function walkDeck(page: Page, baseUrl: string, visit: (state: DeckState) => Promise<void>, settleMs?: number): Promise<DeckState[]> {
  await page.goto(`${baseUrl}/1`, { waitUntil: 'networkidle' })
  const seen: DeckState[] = []
  for (;;) {
    await settle(page, settleMs)
    const state = stateOf(page.url())
    seen.push(state)
    await visit(state)
    const before = page.url()
    await page.keyboard.press('ArrowRight')
    const moved = await page.waitForURL(url => url.toString() !== before, { timeout: 1500 }).then(() => true, () => false)
    if (!moved)
      return seen
  }
}

export interface PageTrouble {
  consoleErrors: string[]
  /** Requests to any host but this machine's (data:, blob: and the dev server's ws: aside). */
  externalRequests: string[]
}

/** Records console errors and requests that leave localhost; `take()` returns and clears them. */
export function watchPage(page: Page): { take: () => PageTrouble } {
  let trouble: PageTrouble = { consoleErrors: [], externalRequests: [] }
  page.on('console', msg => msg.type() === 'error' && trouble.consoleErrors.push(msg.text()))
  page.on('pageerror', error => trouble.consoleErrors.push(error.message))
  page.on('request', (request) => {
    const { hostname, protocol } = new URL(request.url())
    if (!['data:', 'blob:', 'ws:'].includes(protocol) && !['127.0.0.1', 'localhost', '[::1]'].includes(hostname))
      trouble.externalRequests.push(request.url())
  })
  return {
    take() {
      const taken = trouble
      trouble = { consoleErrors: [], externalRequests: [] }
      return taken
    },
  }
}

export interface Overflow {
  tag: string
  text: string
  left: number
  top: number
  right: number
  bottom: number
}

/** Elements of the visible slide that reach outside the 980×552 canvas (in canvas pixels). */
export async function overflowingElements(page: Page): Promise<Overflow[]> {
  return page.evaluate(({ width, height }) => {
    const canvas = document.querySelector('#slide-content')
    if (!canvas)
      throw new Error('no #slide-content on the page: is this a slide route?')
    const box = canvas.getBoundingClientRect()
    const scale = box.width / width
    const slide = [...canvas.querySelectorAll<HTMLElement>('.slidev-page')].find(el => el.offsetParent !== null)
    const found: Overflow[] = []
    for (const el of slide ? slide.querySelectorAll<HTMLElement>('*') : []) {
      const r = el.getBoundingClientRect()
      // Not yet revealed (a later click step shows it, and is checked then), or not drawn at all.
      if (r.width === 0 || r.height === 0 || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }))
        continue
      const left = (r.left - box.left) / scale
      const top = (r.top - box.top) / scale
      const right = (r.right - box.left) / scale
      const bottom = (r.bottom - box.top) / scale
      if (left < -1 || top < -1 || right > width + 1 || bottom > height + 1)
        found.push({ tag: el.tagName.toLowerCase(), text: (el.textContent ?? '').trim().slice(0, 60), left, top, right, bottom })
    }
    return found
  }, CANVAS)
}

export interface SmallText {
  tag: string
  text: string
  /** Computed font size in canvas pixels. */
  size: number
}

/** Visible text on the current slide set smaller than `min` canvas pixels (default 16). */
export async function smallText(page: Page, min = 16): Promise<SmallText[]> {
  return page.evaluate((min) => {
    const slide = [...document.querySelectorAll<HTMLElement>('#slide-content .slidev-page')].find(el => el.offsetParent !== null)
    const found: SmallText[] = []
    for (const el of slide ? slide.querySelectorAll<HTMLElement>('*') : []) {
      const ownText = [...el.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent ?? '').join('').trim()
      if (!ownText || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }))
        continue
      const size = Number.parseFloat(getComputedStyle(el).fontSize)
      if (size < min - 0.5)
        found.push({ tag: el.tagName.toLowerCase(), text: ownText.slice(0, 60), size })
    }
    return found
  }, min)
}

/** Elements of the visible slide whose content is wider than their box, so it would scroll sideways or be cut off. */
export async function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const slide = [...document.querySelectorAll<HTMLElement>('#slide-content .slidev-page')].find(el => el.offsetParent !== null)
    const found: string[] = []
    for (const el of slide ? slide.querySelectorAll<HTMLElement>('pre, code, .slidev-code, [class*="try-"]') : []) {
      if (el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && el.scrollWidth > el.clientWidth + 1)
        found.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 50)}" (${el.scrollWidth} > ${el.clientWidth}px)`)
    }
    return found
  })
}
