import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BROWSER_ENV, resolveBrowserFrom } from './browser'

function fakeExecutable(dir: string, name: string): string {
  const file = join(dir, name)
  writeFileSync(file, '#!/bin/sh\n')
  chmodSync(file, 0o755)
  return file
}

describe('resolveBrowserFrom', () => {
  const dir = mkdtempSync(join(tmpdir(), 'browser-'))
  const bin = join(dir, 'bin')
  const own = fakeExecutable(dir, 'playwright-chrome')
  const envBrowser = fakeExecutable(dir, 'my-chrome')

  it('prefers the environment variable', () => {
    expect(resolveBrowserFrom({ env: { [BROWSER_ENV]: envBrowser, PATH: '' }, playwrightPath: own }))
      .toEqual({ path: envBrowser, source: 'env' })
  })

  it('rejects an environment variable that names no executable, saying how to fix it', () => {
    expect(() => resolveBrowserFrom({ env: { [BROWSER_ENV]: join(dir, 'nope') } }))
      .toThrow(/CHROMIUM_PATH is set to ".*nope", which is not an executable file/)
  })

  it('then takes Playwright\'s own browser when it is installed', () => {
    expect(resolveBrowserFrom({ env: { PATH: '' }, playwrightPath: own })).toEqual({ path: own, source: 'playwright' })
  })

  it('then the system\'s chromium, chromium-browser or google-chrome on PATH', () => {
    mkdirSync(bin, { recursive: true })
    const chrome = fakeExecutable(bin, 'google-chrome')
    expect(resolveBrowserFrom({ env: { PATH: bin }, playwrightPath: join(dir, 'absent') })).toEqual({ path: chrome, source: 'system' })
    const chromium = fakeExecutable(bin, 'chromium')
    expect(resolveBrowserFrom({ env: { PATH: bin } })).toEqual({ path: chromium, source: 'system' })
  })

  it('finds nothing when there is no browser anywhere', () => {
    expect(resolveBrowserFrom({ env: { PATH: join(dir, 'empty') }, playwrightPath: join(dir, 'absent') })).toBeNull()
  })
})
