/**
 * Screenshots of every slide at every click step, light and dark, from the built deck:
 * exports/shots/<scheme>/<slide>-<click>.png. Run `npm run build` first. For looking at
 * what the deck shows, as a person would.
 *   npm run shots [-- --only 3,4] [-- --size 1920x1080] [-- --dist other-dist --out other-folder]
 *   [-- --path talk]: the deck under that path of the site (npm run shots:talk: the talk at /talk/)
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { requireBrowser } from './browser'
import { launchChromium, overflowingElements, smallText, walkDeck } from './deck-walk'
import { serveDir } from './serve'

const args = process.argv.slice(2)
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',').map(Number)) : null
const [width, height] = (args.includes('--size') ? args[args.indexOf('--size') + 1] : '1280x720').split('x').map(Number)
const dist = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : 'dist'
const sub = args.includes('--path') ? `/${args[args.indexOf('--path') + 1].replace(/^\/+|\/+$/g, '')}` : ''
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : join('exports', 'shots')

const { path } = await requireBrowser()
const server = await serveDir(dist)
const browser = await launchChromium(path)
try {
  for (const scheme of ['light', 'dark'] as const) {
    const dir = join(out, scheme)
    mkdirSync(dir, { recursive: true })
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme })
    await walkDeck(page, `${server.url}${sub}`, async ({ no, clicks }) => {
      if (only && !only.has(no))
        return
      const file = join(dir, `${String(no).padStart(2, '0')}-${clicks}.png`)
      await page.screenshot({ path: file })
      const over = await overflowingElements(page)
      const small = await smallText(page)
      console.log(file
        + (over.length ? `  OVERFLOW: ${over.map(o => `${o.tag} "${o.text}"`).join('; ')}` : '')
        + (small.length ? `  SMALL TEXT: ${small.map(t => `${t.tag} ${t.size}px "${t.text}"`).join('; ')}` : ''))
    })
    await page.close()
  }
}
finally {
  await browser.close()
  await server.close()
}
