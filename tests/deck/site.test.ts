import type { Browser, Page } from 'playwright-chromium'
import type { StaticServer } from '../../scripts/serve'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import jsQR from 'jsqr'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { DECK_URL_HOWTO } from '../../composables/deck-address'
import { TALK_PATH, TALK_RESTORE } from '../../scripts/build-site'
import { loadDeck } from '../../scripts/deck-structure'
import { launchChromium } from '../../scripts/deck-walk'
import { serveDir } from '../../scripts/serve'
import { childEnv } from './child-env'
import { deckUrl, describeWithBrowser, talkUrl } from './gate'

const study = await loadDeck()
const talk = await loadDeck(process.cwd(), 'talk.md')
/** The closing slide: the one with the full address (the how-to page has only the downloads line). */
const closingNo = (deck: typeof study): number => deck.slides.find(s => /<DeckAddress(?![^>]*variant="downloads")/.test(s.content))!.no

/** The QR code the page shows, drawn on a canvas from its SVG and read back (jsQR), or null. */
async function readQr(page: Page): Promise<string | null> {
  const image = await page.evaluate(async () => {
    const svg = document.querySelector('svg.deck-qr')
    if (!svg)
      return null
    const img = new Image()
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 400
    const context = canvas.getContext('2d')!
    context.drawImage(img, 0, 0, 400, 400)
    return Array.from(context.getImageData(0, 0, 400, 400).data)
  })
  return image && (jsQR(Uint8ClampedArray.from(image), 400, 400)?.data ?? null)
}

describeWithBrowser('npm run build: one site, and the deck\'s address on the closing slides', (browserPath) => {
  let browser: Browser
  let page: Page
  let tmp: string
  let withUrl: StaticServer

  beforeAll(async () => {
    browser = await launchChromium(browserPath)
    page = await browser.newPage({ viewport: { width: 980, height: 552 } })
    // The talk alone, built as npm run build builds it, with DECK_URL set.
    tmp = mkdtempSync(join(tmpdir(), 'deck-url-'))
    const build = spawnSync(process.execPath, ['node_modules/@slidev/cli/bin/slidev.mjs', 'build', 'talk.md', '--out', join(tmp, TALK_PATH), '--base', `/${TALK_PATH}`], {
      encoding: 'utf8',
      env: childEnv({ DECK_URL: 'https://deck.example.org/vms-and-containers' }),
    })
    if (build.status !== 0)
      throw new Error(`slidev build talk.md with DECK_URL failed:\n${build.stdout}\n${build.stderr}`)
    writeFileSync(join(tmp, 'index.html'), '<!doctype html><title>root</title>')
    withUrl = await serveDir(tmp)
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await withUrl?.close()
    if (tmp)
      rmSync(tmp, { recursive: true, force: true })
  })

  it('serves the study deck at /, the talk at /talk/ (deep links too), the handout at /handout', async () => {
    await page.goto(`${deckUrl}/1`, { waitUntil: 'networkidle' })
    await expect.poll(() => page.title()).toContain(study.slides[0].title)
    expect(await page.locator('.cover-length').textContent()).toContain('study deck')
    await page.goto(`${talkUrl}/${closingNo(talk)}`, { waitUntil: 'networkidle' })
    await expect.poll(() => page.locator(`.slidev-page-${closingNo(talk)}`).count()).toBeGreaterThan(0)
    expect(page.url()).toBe(`${talkUrl}/${closingNo(talk)}`)
    expect(await page.title()).toContain('the talk')
    await page.goto(`${deckUrl}/handout`, { waitUntil: 'networkidle' })
    await page.locator('.handout-slide').first().waitFor()
    // One article per slide, or per run of list slides (the references, answers and glossary): every slide once.
    const covered = await page.locator('.handout-slide').evaluateAll(articles => articles.flatMap(a => (a as HTMLElement).dataset.slides!.split(',').map(Number)))
    expect([...covered].sort((a, b) => a - b)).toEqual(study.slides.map(s => s.no))
  })

  it('ships the fallbacks a static host needs: _redirects, and a 404.html that sends /talk/ paths to the talk', () => {
    expect(readFileSync('dist/_redirects', 'utf8').split('\n')[0]).toBe('/talk/*    /talk/index.html   200')
    expect(readFileSync('dist/404.html', 'utf8')).toContain('"/talk/"')
    expect(readFileSync('dist/talk/index.html', 'utf8')).toContain(TALK_RESTORE)
    expect(existsSync('dist/talk/_redirects'), 'only the root\'s _redirects is read').toBe(false)
  })

  it('without DECK_URL, the closing slides of both entries say how to set it, and show no QR code', async () => {
    for (const url of [`${deckUrl}/${closingNo(study)}`, `${talkUrl}/${closingNo(talk)}`]) {
      await page.goto(url, { waitUntil: 'networkidle' })
      const address = page.locator('.deck-address:visible').first()
      await address.waitFor()
      expect(await address.textContent(), url).toContain(DECK_URL_HOWTO)
      expect(await page.locator('svg.deck-qr').count(), url).toBe(0)
    }
  })

  it('with DECK_URL, the closing slide shows the address and a QR code that reads as it, inside the canvas', async () => {
    await page.goto(`${withUrl.url}/${TALK_PATH}${closingNo(talk)}`, { waitUntil: 'networkidle' })
    const address = page.locator('.deck-address:visible').first()
    await address.waitFor()
    expect(await address.locator('a.deck-address-url').textContent()).toBe('deck.example.org/vms-and-containers')
    expect(await address.locator('a.deck-address-url').getAttribute('href')).toBe('https://deck.example.org/vms-and-containers/')
    expect(await readQr(page)).toBe('https://deck.example.org/vms-and-containers/')
    const box = (await page.locator('svg.deck-qr').boundingBox())!
    expect(box.width, 'QR code size, px on the 980 px canvas').toBeGreaterThanOrEqual(88)
    expect(box.y + box.height).toBeLessThanOrEqual(552)
  })
})
