import { describe, expect, it } from 'vitest'
import { parseLock, pinned, sourcePackages, vmHostLine, vmImageLock } from './vm-image'

describe('the VM image lock', () => {
  it('pins the kernel\'s source, busybox, SeaBIOS and the C library, each with a sha256', () => {
    expect(pinned('linux-source').arch).toBe('all')
    expect(vmImageLock.kernelSource.name).toMatch(/^linux-source-\d+\.\d+$/)
    expect(vmImageLock.packages.map(p => p.name), 'Debian\'s kernel package is no longer needed').not.toContainEqual(expect.stringMatching(/^linux-image/))
    expect(pinned('busybox-static').arch).toBe('i386')
    expect(pinned('seabios').arch).toBe('all')
    expect(pinned('libc6').sources).toEqual([{ name: 'glibc', version: expect.any(String) }])
  })

  it('names each source package once, for the written offer', () => {
    const names = sourcePackages().map(s => s.name)
    expect(names).toEqual(['busybox', 'glibc', 'linux', 'seabios'])
  })

  it('rejects a broken lock with a message that says which package and what', () => {
    const broken = structuredClone(vmImageLock)
    broken.packages[0]!.sha256 = 'abc'
    expect(() => parseLock(broken)).toThrow(/packages\[0\] \(busybox-static\): sha256 must be 64/)
    expect(() => parseLock({})).toThrow(/needs "suite", "mirror", "kernelSource" and a "packages" array/)
    const badKernel = structuredClone(vmImageLock)
    badKernel.kernelSource.filename = 'linux.deb'
    expect(() => parseLock(badKernel)).toThrow(/kernelSource \(linux-source-6\.1\): filename must be/)
  })
})

describe('vmHostLine', () => {
  it('sends the time in whole seconds, and the terminal size when known', () => {
    expect(vmHostLine({ nowMs: 1_700_000_000_999 })).toBe('1700000000\n')
    expect(vmHostLine({ nowMs: 1_700_000_000_000, cols: 72.4, rows: 20 })).toBe('1700000000 72 20\n')
  })
})
