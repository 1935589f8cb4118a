/**
 * npm run release [-- --base /sub/path/]
 *
 * Everything to hand out, in release/ (git ignores it), from a clean exports/:
 *   release/site/        the site (npm run build), its downloads/ holding every file below
 *   release/*.pdf        for both entries: slides, click steps, for paper, speaker notes, handout;
 *                        and the study deck's class and meetup handouts
 *   release/*.pptx       both entries for PowerPoint
 *   release/SHA256SUMS   every file's sha256 (`cd release && sha256sum -c SHA256SUMS`)
 *   release/README.txt   what each file is
 * Set DECK_URL to the address the site will be hosted at, so that the slides, the handouts and the
 * PDFs carry it. Each export runs in its own process and checks what it wrote; any failure stops the
 * release with the command to run again. The exports are the commands a person runs
 * (`npm run export…`), in the order of RELEASE_STEPS.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import process from 'node:process'
import { buildSite, parseSiteArgs, TALK_PATH } from './build-site'
import { DOWNLOAD_LABELS, normaliseDeckUrl } from './deck-address'
import { EXPORT_DIR } from './export-options'

export const RELEASE_DIR = 'release'

/** Each step: the script and its arguments, as `npm run …` would run it. */
export const RELEASE_STEPS: { script: string, args: string[] }[] = [
  ...['slides.md', 'talk.md'].flatMap(entry => [
    ...['pdf', 'clicks', 'print', 'notes', 'pptx'].map(kind => ({ script: 'scripts/export.ts', args: [kind, entry] })),
    { script: 'scripts/handout.ts', args: [entry] },
  ]),
  { script: 'scripts/handout.ts', args: ['--preset', 'class'] },
  { script: 'scripts/handout.ts', args: ['--preset', 'meetup'] },
]

/** Every file under `dir`, as paths relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  const walk = (at: string): string[] => readdirSync(at).flatMap((name) => {
    const path = join(at, name)
    return statSync(path).isDirectory() ? walk(path) : [relative(dir, path)]
  })
  return walk(dir).sort()
}

/** SHA256SUMS in sha256sum's own format ("<hash>  <path>"), so `sha256sum -c SHA256SUMS` checks it. */
export function sha256sums(dir: string, files: string[]): string {
  return files.map(file => `${createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')}  ${file}\n`).join('')
}

/** README.txt: what each file is, where the site goes, and how to check the sums. */
export function releaseReadme(files: string[], url: string | null, base: string): string {
  const width = Math.max(...files.map(f => f.length))
  const lines = files.map(file => `  ${file.padEnd(width)}  ${DOWNLOAD_LABELS[file] ?? 'other'}`)
  return `VMs and Containers: a release
=============================

Why we isolate applications, and how virtual machines and containers each do it.
Slides and notes: CC BY 4.0; code: MIT.

${url ? `The site's address: ${url}` : 'No address was set (DECK_URL): the slides say how to set one.'}

site/
  The whole site, to put on any static host (it needs no server code):
  ${base}          the study deck (every slide, notes for studying alone)
  ${base}${TALK_PATH}     the 30-minute talk (presenter mode: add /presenter/1)
  ${base}handout   the handout page (reflows on a phone)
  ${base}downloads/ every file below
  The host must answer an unknown path with the nearest index.html: site/_redirects
  does it on Netlify and Cloudflare Pages, site/404.html on GitHub Pages.

Files (print the handouts at 100 %, A4 portrait; two pages to a sheet also works):
${lines.join('\n')}

SHA256SUMS holds every file's sha256, the site's too. Check with:
  sha256sum -c SHA256SUMS
`
}

export async function release(options: { base?: string } = {}): Promise<{ dir: string, files: string[] }> {
  const url = normaliseDeckUrl(process.env.DECK_URL)
  rmSync(EXPORT_DIR, { recursive: true, force: true })
  for (const { script, args } of RELEASE_STEPS) {
    console.log(`== tsx ${script} ${args.join(' ')}`)
    const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', script, ...args], { stdio: 'inherit' })
    if (run.status !== 0)
      throw new Error(`tsx ${script} ${args.join(' ')} failed (exit ${run.status}); fix it, then run npm run release again.`)
  }
  const exported = Object.keys(DOWNLOAD_LABELS).filter(file => readdirSync(EXPORT_DIR).includes(file))
  const missing = Object.keys(DOWNLOAD_LABELS).filter(file => !exported.includes(file))
  if (missing.length > 0)
    throw new Error(`the exports did not write ${missing.join(', ')}: nothing was released.`)

  rmSync(RELEASE_DIR, { recursive: true, force: true })
  mkdirSync(RELEASE_DIR, { recursive: true })
  console.log('== npm run build (into release/site)')
  const site = await buildSite({ out: join(RELEASE_DIR, 'site'), base: options.base, verbose: false })
  for (const file of exported)
    copyFileSync(join(EXPORT_DIR, file), join(RELEASE_DIR, file))
  const listed = [...exported]
  writeFileSync(join(RELEASE_DIR, 'README.txt'), releaseReadme(listed, url, site.base))
  const files = filesUnder(RELEASE_DIR).filter(file => file !== 'SHA256SUMS')
  writeFileSync(join(RELEASE_DIR, 'SHA256SUMS'), sha256sums(RELEASE_DIR, files))
  return { dir: RELEASE_DIR, files: [...files, 'SHA256SUMS'] }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const started = Date.now()
    const { dir, files } = await release({ base: parseSiteArgs(process.argv.slice(2)).base })
    const top = files.filter(file => !file.includes('/'))
    console.log(`\nReleased into ${dir}/ in ${((Date.now() - started) / 60_000).toFixed(1)} min: site/ and`)
    for (const file of top)
      console.log(`  ${file}  ${(statSync(join(dir, file)).size / 1e6).toFixed(2)} MB`)
  }
  catch (error) {
    console.error(`\nRELEASE FAILED: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
}
