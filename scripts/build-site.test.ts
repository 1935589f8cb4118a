import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { downloadsPage, findDownloads, parseSiteArgs, redirectsFile, talkRedirect } from './build-site'
import { fallbackIndex } from './serve'

describe('one site: the study deck at /, the talk at /talk/', () => {
  it('_redirects sends the talk\'s paths to its own index.html before the catch-all', () => {
    expect(redirectsFile('/')).toBe('/talk/*    /talk/index.html   200\n/*    /index.html   200\n')
    expect(redirectsFile('/vms/').split('\n')[0]).toBe('/vms/talk/*    /vms/talk/index.html   200')
  })

  it('404.html (GitHub Pages) sends /talk/5 to the talk with the path kept, and leaves the study deck\'s paths alone', () => {
    const script = talkRedirect('/vms/').replace(/^<script>|<\/script>$/g, '')
    const run = (pathname: string, search = ''): string | null => {
      const location = { pathname, search, hash: '', to: null as string | null, replace(url: string) {
        location.to = url
      } }
      runInNewContext(script, { location })
      return location.to
    }
    expect(run('/vms/talk/5', '?clicks=2')).toBe(`/vms/talk/?p=${encodeURIComponent('5?clicks=2')}`)
    expect(run('/vms/5')).toBeNull()
    expect(run('/vms/talk/')).toBeNull()
  })

  it('the static server falls back to the nearest index.html above a path', () => {
    const root = mkdtempSync(join(tmpdir(), 'site-'))
    mkdirSync(join(root, 'talk'))
    writeFileSync(join(root, 'index.html'), 'study')
    writeFileSync(join(root, 'talk', 'index.html'), 'talk')
    expect(fallbackIndex(root, join(root, 'talk', '5'))).toBe(join(root, 'talk', 'index.html'))
    expect(fallbackIndex(root, join(root, 'talk', 'presenter', '5'))).toBe(join(root, 'talk', 'index.html'))
    expect(fallbackIndex(root, join(root, 'talk'))).toBe(join(root, 'talk', 'index.html'))
    expect(fallbackIndex(root, join(root, 'handout'))).toBe(join(root, 'index.html'))
    expect(fallbackIndex(root, join(root, 'presenter', '3'))).toBe(join(root, 'index.html'))
  })

  it('offers as downloads the exports that exist, each said what it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'exports-'))
    expect(findDownloads(dir)).toEqual([])
    writeFileSync(join(dir, 'vms-and-containers.pptx'), 'x')
    writeFileSync(join(dir, 'vms-and-containers-handout.pdf'), 'x')
    writeFileSync(join(dir, 'stray.pdf'), 'x')
    expect(findDownloads(dir)).toEqual(['vms-and-containers-handout.pdf', 'vms-and-containers.pptx'])
    const page = downloadsPage([{ file: 'vms-and-containers-handout.pdf', bytes: 2_400_000 }])
    expect(page).toContain('<a href="vms-and-containers-handout.pdf">')
    expect(page).toMatch(/Handout of the study deck.*2\.4 MB/)
  })

  it('reads --out and --base, and refuses anything else', () => {
    expect(parseSiteArgs(['--out', 'site', '--base=/vms/'])).toEqual({ out: 'site', base: '/vms/' })
    expect(() => parseSiteArgs(['--bse', '/x/'])).toThrow(/Unknown option "--bse"/)
    expect(() => parseSiteArgs(['--out'])).toThrow(/--out needs a value/)
  })
})
