import { createRequire } from 'node:module'
import { launchChromium, settle } from '../scripts/deck-walk'
import { serveDir } from '../scripts/serve'
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const server = await serveDir('dist')
const browser = await launchChromium('/usr/bin/chromium')
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
for (const no of [5, 20, 40]) {
  await page.goto(`${server.url}/${no}`, { waitUntil: 'networkidle' })
  await page.waitForTimeout(6000)
  await settle(page)
  if (!await page.evaluate(() => 'axe' in window)) await page.addScriptTag({ path: AXE })
  for (const mode of ['document', 'visible', 'document', 'visible']) {
    const t = await page.evaluate(async (mode) => {
      const axe = (window as any).axe
      const t0 = performance.now()
      const ctx = mode === 'document' ? document : { exclude: [...document.querySelectorAll('.slidev-page')].filter(el => (el as HTMLElement).offsetParent === null).map(el => [`#${el.parentElement!.id || 'x'}`]) }
      await axe.run(ctx, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] })
      return performance.now() - t0
    }, mode)
    const n = await page.evaluate(() => document.querySelectorAll('*').length)
    console.log(no, mode, t.toFixed(0), 'ms', n, 'elements')
  }
}
await browser.close(); await server.close()
