import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DOWNLOAD_LABELS } from './deck-address'
import { filesUnder, RELEASE_STEPS, releaseReadme, sha256sums } from './release'

describe('npm run release', () => {
  it('runs every export a release lists: both entries\' PDFs, PPTX and handouts, and the two presets', () => {
    const commands = RELEASE_STEPS.map(step => `${step.script} ${step.args.join(' ')}`)
    for (const entry of ['slides.md', 'talk.md']) {
      for (const kind of ['pdf', 'clicks', 'print', 'notes', 'pptx'])
        expect(commands).toContain(`scripts/export.ts ${kind} ${entry}`)
      expect(commands).toContain(`scripts/handout.ts ${entry}`)
    }
    expect(commands).toContain('scripts/handout.ts --preset class')
    expect(commands).toContain('scripts/handout.ts --preset meetup')
    expect(RELEASE_STEPS.length, 'one step per file a release holds').toBe(Object.keys(DOWNLOAD_LABELS).length)
  })

  it('writes SHA256SUMS that sha256sum -c accepts, over every file, the site\'s too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'release-'))
    mkdirSync(join(dir, 'site', 'talk'), { recursive: true })
    writeFileSync(join(dir, 'a.pdf'), 'pdf')
    writeFileSync(join(dir, 'site', 'talk', 'index.html'), 'talk')
    const files = filesUnder(dir)
    expect(files).toEqual(['a.pdf', 'site/talk/index.html'])
    writeFileSync(join(dir, 'SHA256SUMS'), sha256sums(dir, files))
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })
    expect(check.stdout).toContain('site/talk/index.html: OK')
    expect(check.status).toBe(0)
    writeFileSync(join(dir, 'a.pdf'), 'changed')
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir }).status, 'a changed file fails the check').not.toBe(0)
  })

  it('rEADME.txt says what each file is, and where the site goes', () => {
    const text = releaseReadme(['vms-and-containers-class-handout.pdf', 'vms-and-containers.pptx'], 'https://example.org/vms/', '/vms/')
    expect(text).toContain('https://example.org/vms/')
    expect(text).toMatch(/vms-and-containers-class-handout\.pdf\s+Class handout/)
    expect(text).toMatch(/vms-and-containers\.pptx\s+Study deck for PowerPoint/)
    expect(text).toContain('/vms/talk/')
    expect(releaseReadme([], null, '/')).toContain('No address was set (DECK_URL)')
  })
})
