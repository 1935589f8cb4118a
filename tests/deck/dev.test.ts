import type { ChildProcess } from 'node:child_process'
import type { Browser } from 'playwright-chromium'
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import process from 'node:process'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { launchChromium, watchPage } from '../../scripts/deck-walk'
import { describeWithBrowser } from './gate'

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

/** `npm run dev` as a speaker starts it: the Slidev dev server on localhost, presenting the talk. */
describeWithBrowser('npm run dev', (browserPath) => {
  let dev: ChildProcess
  let url: string
  let browser: Browser
  let output = ''

  beforeAll(async () => {
    const port = await freePort()
    url = `http://localhost:${port}`
    dev = spawn(process.execPath, ['node_modules/@slidev/cli/bin/slidev.mjs', 'talk.md', '--port', String(port)], { stdio: 'pipe' })
    const collect = (chunk: Uint8Array): void => {
      output += new TextDecoder().decode(chunk)
    }
    dev.stdout?.on('data', collect)
    dev.stderr?.on('data', collect)
    const deadline = Date.now() + 120_000
    while (!/public slide show/.test(output)) {
      if (Date.now() > deadline || dev.exitCode !== null)
        throw new Error(`the dev server did not start:\n${output}`)
      await new Promise(resolve => setTimeout(resolve, 250))
    }
    browser = await launchChromium(browserPath)
  })

  afterAll(async () => {
    await browser?.close()
    dev?.kill()
  })

  it('listens on localhost only, unless --remote is given', () => {
    expect(output).toContain('pass --remote to enable')
  })

  it('shows the cover, with no console error and no request off localhost', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const trouble = watchPage(page)
    await page.goto(`${url}/1`, { waitUntil: 'networkidle', timeout: 120_000 })
    await expect.poll(() => page.locator('.slidev-page:visible h1').first().textContent(), { timeout: 60_000 }).toBe('VMs and Containers')
    await page.goto(`${url}/presenter/1`, { waitUntil: 'networkidle', timeout: 120_000 })
    await page.locator('.slidev-note').first().waitFor()
    expect(trouble.take()).toEqual({ consoleErrors: [], externalRequests: [] })
    await page.close()
  })
})
