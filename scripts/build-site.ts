/**
 * npm run build [-- --base /sub/path/] [-- --out dist]
 *
 * Writes one static site into dist/:
 *   /            the study deck (slides.md)
 *   /talk/       the talk (talk.md, built with Slidev's --base <base>talk/)
 *   /handout     the study deck's handout page (/talk/handout: the talk's)
 *   /downloads/  the exports found in exports/ (PDFs, PPTX) and an index page, when there are any
 * plus the fallbacks static hosts need: `_redirects` (Netlify, Cloudflare Pages: /talk/* to the
 * talk's index.html, everything else to the study deck's) and `404.html` (GitHub Pages: the study
 * deck, which sends a /talk/… path on to the talk, whose index.html restores it).
 * DECK_URL (the deck's address, scripts/deck-address.ts) is passed on to both builds; the base can
 * also come from DECK_BASE. Exported for the deck tests' global setup and scripts/release.ts.
 */
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { DOWNLOAD_LABELS, downloadLabel, normaliseBase, normaliseDeckUrl } from './deck-address'
import { EXPORT_DIR } from './export-options'

export interface SiteOptions {
  /** Where the site is written (emptied first); dist by default. */
  out?: string
  /** The path the site is served under ("/" by default, "/vms/" under a sub-path); DECK_BASE otherwise. */
  base?: string
  /** Where the exports to offer as downloads are; exports/ by default. */
  exportsDir?: string
  /** The environment the builds run with (DECK_URL is read from it); process.env by default. */
  env?: NodeJS.ProcessEnv
  /** Print Slidev's output as it builds. */
  verbose?: boolean
}

export interface Site {
  out: string
  base: string
  /** The talk's directory inside out. */
  talkDir: string
  /** The files copied into <out>/downloads/. */
  downloads: string[]
}

/** The talk's path under the site's base. */
export const TALK_PATH = 'talk/'

/** The files of exportsDir the site offers, in DOWNLOAD_LABELS' order. */
export function findDownloads(exportsDir = EXPORT_DIR): string[] {
  return Object.keys(DOWNLOAD_LABELS).filter(file => existsSync(join(exportsDir, file)))
}

/** _redirects for Netlify-style hosts: the talk's paths to its index.html, then the study deck's. */
export function redirectsFile(base: string): string {
  return `${base}${TALK_PATH}*    ${base}${TALK_PATH}index.html   200\n${base}*    ${base}index.html   200\n`
}

/**
 * GitHub Pages answers a missing path with the root 404.html (the study deck). For a path under the
 * talk, this script (first in its head) sends the browser to the talk's index.html with the path in
 * ?p=, and TALK_RESTORE there puts it back before the talk's router starts.
 */
export function talkRedirect(base: string): string {
  const talk = `${base}${TALK_PATH}`
  return `<script>(function(){var t=${JSON.stringify(talk)},l=location;if(l.pathname.indexOf(t)===0&&l.pathname!==t){l.replace(t+'?p='+encodeURIComponent(l.pathname.slice(t.length)+l.search)+l.hash)}})()</script>`
}

export const TALK_RESTORE = `<script>(function(){var l=location,q=new URLSearchParams(l.search),p=q.get('p');if(p!==null){history.replaceState(null,'',l.pathname+p+l.hash)}})()</script>`

function injectHead(file: string, script: string): void {
  const html = readFileSync(file, 'utf8')
  if (!html.includes('<head>'))
    throw new Error(`${file} has no <head>: cannot add the fallback script.`)
  writeFileSync(file, html.replace('<head>', `<head>${script}`))
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** downloads/index.html: every file with what it is and its size. */
export function downloadsPage(files: { file: string, bytes: number }[], title = 'VMs and Containers: downloads'): string {
  const size = (bytes: number): string => bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`
  const rows = files.map(({ file, bytes }) => `<li><a href="${encodeURI(file)}">${escapeHtml(file)}</a> · ${escapeHtml(downloadLabel(file))} · ${size(bytes)}</li>`).join('\n')
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font:17px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}a{color:#0a5c91}li{margin:.4rem 0}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>The handouts print as they are on A4 (100 %, portrait; two pages to a sheet also works). <a href="../">The study deck</a> · <a href="../${TALK_PATH}">the talk</a> · <a href="../handout">the handout page</a></p>
<ul>
${rows}
</ul>
</body>
</html>
`
}

/** Runs `slidev build` in a child process (not blocking: the deck tests run exports beside it). */
function slidevBuild(entry: string, out: string, base: string, env: NodeJS.ProcessEnv, verbose: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/@slidev/cli/bin/slidev.mjs', 'build', entry, '--out', out, '--base', base], { env, stdio: verbose ? 'inherit' : ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout?.on('data', (chunk: Uint8Array) => (output += new TextDecoder().decode(chunk)))
    child.stderr?.on('data', (chunk: Uint8Array) => (output += new TextDecoder().decode(chunk)))
    child.on('error', reject)
    child.on('close', code => code === 0 ? resolve() : reject(new Error(`slidev build ${entry} --base ${base} failed (exit ${code}):\n${output}`)))
  })
}

/** Builds the whole site (see the top of this file). Throws, saying which step failed, on any error. */
export async function buildSite(options: SiteOptions = {}): Promise<Site> {
  const env = options.env ?? process.env
  const out = resolve(options.out ?? 'dist')
  const base = normaliseBase(options.base ?? env.DECK_BASE)
  normaliseDeckUrl(env.DECK_URL) // a bad address stops here, before minutes of building
  const exportsDir = options.exportsDir ?? EXPORT_DIR
  const downloads = findDownloads(exportsDir)
  const buildEnv = { ...env, DECK_SITE_BASE: base, DECK_DOWNLOADS: downloads.join(',') }
  const verbose = options.verbose ?? false

  rmSync(out, { recursive: true, force: true })
  await slidevBuild('slides.md', out, base, buildEnv, verbose)
  const talkDir = join(out, TALK_PATH)
  await slidevBuild('talk.md', talkDir, `${base}${TALK_PATH}`, buildEnv, verbose)

  writeFileSync(join(out, '_redirects'), redirectsFile(base))
  rmSync(join(talkDir, '_redirects'), { force: true }) // only the root's is read
  rmSync(join(talkDir, '404.html'), { force: true }) // likewise: the root's sends talk paths on
  injectHead(join(out, '404.html'), talkRedirect(base))
  injectHead(join(talkDir, 'index.html'), TALK_RESTORE)

  if (downloads.length > 0) {
    const dir = join(out, 'downloads')
    mkdirSync(dir, { recursive: true })
    const files = downloads.map((file) => {
      copyFileSync(join(exportsDir, file), join(dir, file))
      return { file, bytes: readFileSync(join(dir, file)).length }
    })
    writeFileSync(join(dir, 'index.html'), downloadsPage(files))
  }
  return { out, base, talkDir, downloads }
}

export const USAGE = 'Usage: tsx scripts/build-site.ts [--out dist] [--base /sub/path/]'

export function parseSiteArgs(argv: string[]): SiteOptions {
  const options: SiteOptions = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const [flag, inline] = arg.split(/=(.*)/s, 2)
    if (flag !== '--out' && flag !== '--base')
      throw new Error(`Unknown option "${arg}". ${USAGE}`)
    const value = inline ?? argv[++i]
    if (!value)
      throw new Error(`${flag} needs a value. ${USAGE}`)
    options[flag === '--out' ? 'out' : 'base'] = value
  }
  return options
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const started = Date.now()
    const site = await buildSite({ ...parseSiteArgs(process.argv.slice(2)), verbose: true })
    const url = normaliseDeckUrl(process.env.DECK_URL)
    console.log(`\nBuilt the site into ${site.out} in ${((Date.now() - started) / 1000).toFixed(0)} s (base ${site.base}):`)
    console.log(`  ${site.base}          the study deck\n  ${site.base}${TALK_PATH}     the talk\n  ${site.base}handout   the handout page`)
    console.log(site.downloads.length ? `  ${site.base}downloads/ ${site.downloads.length} files from ${EXPORT_DIR}/` : `  no downloads: ${EXPORT_DIR}/ has no exports (npm run release makes them all)`)
    console.log(url ? `  address: ${url}` : '  no address: set DECK_URL=https://… to show it (and its QR code) on the closing slides')
    console.log('Serve it: npm run preview')
  }
  catch (error) {
    console.error(`\nBUILD FAILED: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
}
