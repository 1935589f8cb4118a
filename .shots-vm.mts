import { requireBrowser } from './scripts/browser'
import { launchChromium } from './scripts/deck-walk'
import { serveDir } from './scripts/serve'
const [slide, clicks, prefix, steps] = process.argv.slice(2)
const { path } = await requireBrowser()
const server = await serveDir('dist')
const browser = await launchChromium(path)
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
const VM = '.slidev-page:visible .linux-vm'
await page.goto(`${server.url}/${slide}`, { waitUntil: 'load' })
const wait = async (typed: number) => {
  await page.waitForSelector(`${VM}[data-typed="${typed}"][data-busy="false"][data-state="ready"]`, { timeout: 120000 })
  await page.waitForTimeout(300)
}
const offset = Number(steps ?? 0)
await wait(0)
await page.screenshot({ path: `/tmp/shots/${prefix}-0.png` })
for (let i = 1; i <= Number(clicks); i++) {
  await page.keyboard.press('ArrowRight')
  await wait(i - offset)
  await page.screenshot({ path: `/tmp/shots/${prefix}-${i}.png` })
}
await browser.close()
await server.close?.()
process.exit(0)
