/**
 * `npm run bench:vm`: how long the live VM takes to reach a shell prompt, cold and restored, and
 * how long a container takes to start inside it, in headless Chromium from the built site; printed
 * beside Debian's kernel's cold boot (image 1, from public/vm/manifest.json) and the target of a
 * cold boot in at most 3 s. Run `npm run build` first. Options: --rounds N (restores, default 3),
 * --cold-rounds N (cold boots, default 3), --dist DIR (default dist), --json FILE (default
 * exports/bench-vm.json).
 *
 * Method: each round opens a fresh browser context (nothing cached) at the slide, as a viewer
 * would, and waits for the LinuxVm component to reach its prompt.
 * - "to prompt" is the component's own measure (data-prompt-ms): from the moment this window
 *   starts the VM (the worker, vm/host.ts, starts it when the slide asks) through loading the emulator and
 *   image, to the first shell prompt on the serial console.
 * - "from navigation" adds page load, the slide's mount and starting the worker.
 * - A container's start: on the timings slide, the clicks type `time sh -c true` and
 *   `time unshare … true`; busybox's `time` reports the guest's own view ("real"), read off the
 *   terminal (the same measure the slide's chart draws from the recorded run).
 * Medians are printed; the JSON has every sample. Exit code 0 whenever it ran, 1 when it could
 * not (no browser, no built deck, a VM that never reached its prompt).
 */
import type { Page } from 'playwright-chromium'
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { dirname } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { requireBrowser } from './browser'
import { loadDeck } from './deck-structure'
import { launchChromium } from './deck-walk'
import { serveDir } from './serve'
import { readManifest } from './vm-files'
import { vmDir } from './vm-node'

/** The goal for a cold boot to a prompt in headless Chromium (issue 16): short enough to show live. */
const COLD_TARGET_MS = 3000

const COLD_TIMEOUT_MS = 120_000
const RESTORE_TIMEOUT_MS = 30_000
const VIEWPORT = { width: 1280, height: 720 }
const VM = '.slidev-page:visible .linux-vm'

const { values: args } = parseArgs({
  options: {
    'rounds': { type: 'string', default: '3' },
    'cold-rounds': { type: 'string', default: '3' },
    'dist': { type: 'string', default: 'dist' },
    'json': { type: 'string', default: 'exports/bench-vm.json' },
  },
})

function count(name: string, value: string | undefined): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`--${name} must be a whole number ≥ 0, got ${JSON.stringify(value)}.`)
  return n
}

export function median(values: number[]): number | null {
  if (values.length === 0)
    return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2)
}

/** busybox `time` prints "real\t0m 0.01s": the seconds, in ms. */
export function guestRealMs(text: string): number[] {
  return [...text.matchAll(/real\s+(\d+)m\s*([\d.]+)s/g)].map(m => Math.round((Number(m[1]) * 60 + Number(m[2])) * 1000))
}

interface Sample {
  /** data-prompt-ms: VM start to prompt. */
  promptMs: number
  /** Navigation start to prompt. */
  fromNavigationMs: number
  milestones: Record<string, number>
}

async function toPrompt(page: Page, url: string, timeout: number, startClicks = 0): Promise<Sample> {
  const t0 = Date.now()
  await page.goto(url, { waitUntil: 'load' })
  const vm = page.locator(VM)
  await vm.waitFor()
  for (let i = 0; i < startClicks; i++)
    await page.keyboard.press('ArrowRight')
  await page.waitForSelector(`${VM}[data-state="ready"], ${VM}[data-state="error"]`, { timeout })
  const fromNavigationMs = Date.now() - t0
  if (await vm.getAttribute('data-state') === 'error')
    throw new Error(`the VM did not start: ${await vm.locator('.vm-error').textContent()}`)
  return {
    promptMs: Number(await vm.getAttribute('data-prompt-ms')),
    fromNavigationMs,
    milestones: JSON.parse(await vm.getAttribute('data-milestones') ?? '{}') as Record<string, number>,
  }
}

async function main(): Promise<number> {
  const rounds = count('rounds', args.rounds)
  const coldRounds = count('cold-rounds', args['cold-rounds'])
  const deck = await loadDeck()
  const find = (what: string, test: (content: string) => boolean): number => {
    const slide = deck.slides.find(s => test(s.content))
    if (!slide)
      throw new Error(`No slide with ${what} in slides.md: is pages/live-vm.md imported?`)
    return slide.no
  }
  const restoreSlide = find('a restored LinuxVm', c => /<LinuxVm\s[^>]*mode="restore"/.test(c))
  const coldSlide = find('a cold-booting LinuxVm', c => /<LinuxVm\s[^>]*mode="cold"/.test(c))
  const timingSlide = find('the VmTimings chart', c => c.includes('<VmTimings'))

  const { path: browserPath } = await requireBrowser()
  const server = await serveDir(args.dist)
  const browser = await launchChromium(browserPath)
  const version = browser.version()
  const fresh = async (): Promise<Page> => (await browser.newContext({ viewport: VIEWPORT })).newPage()
  try {
    const restore: Sample[] = []
    for (let i = 0; i < rounds; i++) {
      const page = await fresh()
      restore.push(await toPrompt(page, `${server.url}/${restoreSlide}`, RESTORE_TIMEOUT_MS))
      console.log(`restore ${i + 1}/${rounds}: prompt ${restore.at(-1)!.promptMs} ms (${restore.at(-1)!.fromNavigationMs} ms from navigation)`)
      await page.context().close()
    }
    const cold: Sample[] = []
    for (let i = 0; i < coldRounds; i++) {
      const page = await fresh()
      cold.push(await toPrompt(page, `${server.url}/${coldSlide}`, COLD_TIMEOUT_MS, 1))
      const m = cold.at(-1)!.milestones
      console.log(`cold ${i + 1}/${coldRounds}: prompt ${cold.at(-1)!.promptMs} ms (kernel ${m.kernel ?? '?'} ms, init ${m.init ?? '?'} ms)`)
      await page.context().close()
    }

    const page = await fresh()
    await toPrompt(page, `${server.url}/${timingSlide}`, RESTORE_TIMEOUT_MS)
    const vm = page.locator(VM)
    for (let i = 0; i < 3; i++)
      await page.keyboard.press('ArrowRight')
    await page.waitForSelector(`${VM}[data-typed="3"][data-busy="false"]`, { timeout: RESTORE_TIMEOUT_MS })
    const guest = guestRealMs((await vm.locator('.xterm-rows > div').allInnerTexts()).join('\n'))
    await page.context().close()

    const result = {
      date: new Date().toISOString(),
      browser: `Chromium ${version} (headless)`,
      load: loadavg()[0],
      restore: { samples: restore, medianPromptMs: median(restore.map(s => s.promptMs)) },
      cold: { samples: cold, medianPromptMs: median(cold.map(s => s.promptMs)) },
      container: { guestTimeRealMs: { process: guest[0] ?? null, container: guest[1] ?? null } },
    }
    const manifest = readManifest(vmDir)
    const previous = manifest.previousKernel
    console.log(`\ntime to prompt (median): restore ${result.restore.medianPromptMs} ms, cold ${result.cold.medianPromptMs} ms (Linux ${manifest.kernelRelease}, built by npm run vm:kernel)`)
    if (previous)
      console.log(`Debian's kernel (${previous.release}, image 1), cold: ${previous.chromiumColdBoot.fromSeconds}–${previous.chromiumColdBoot.toSeconds} s (${previous.chromiumColdBoot.source})`)
    if (result.cold.medianPromptMs !== null)
      console.log(`target for a cold boot: at most ${COLD_TARGET_MS} ms: ${result.cold.medianPromptMs <= COLD_TARGET_MS ? 'met' : 'NOT met'}`)
    console.log(`container start, busybox time: plain process ${guest[0] ?? '?'} ms, container ${guest[1] ?? '?'} ms`)
    console.log(`load average while running: ${result.load.toFixed(2)} (a busy machine makes every number larger)`)
    mkdirSync(dirname(args.json), { recursive: true })
    writeFileSync(args.json, `${JSON.stringify(result, null, 2)}\n`)
    console.log(`wrote ${args.json}`)

    return 0
  }
  finally {
    await browser.close()
    await server.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(code => process.exit(code), (error: Error) => {
    console.error(`bench:vm: ${error.message}`)
    process.exit(1)
  })
}
