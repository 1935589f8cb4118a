import { describe, expect, it } from 'vitest'
import { readCpio, writeCpio } from './cpio'

describe('writeCpio (initramfs newc writer)', () => {
  const entries = [
    { path: 'dev/console', type: 'char', mode: 0o600, major: 5, minor: 1 },
    { path: 'dev', type: 'dir', mode: 0o755 },
    { path: 'bin', type: 'dir', mode: 0o755 },
    { path: 'bin/sh', type: 'symlink', target: 'busybox' },
    { path: 'init', type: 'file', mode: 0o755, data: '#!/bin/sh\n' },
  ] as const

  it('writes sorted entries, a device node as a header, and a trailer', () => {
    const bytes = writeCpio([...entries])
    expect(new TextDecoder().decode(bytes.subarray(0, 6))).toBe('070701')
    const h = readCpio(bytes)
    expect(h.map(e => e.path)).toEqual(['bin', 'bin/sh', 'dev', 'dev/console', 'init'])
    const console = h.find(e => e.path === 'dev/console')!
    expect(console.mode).toBe(0o020600)
    expect(console.rdev).toEqual([5, 1])
    expect(h.find(e => e.path === 'init')!.mode).toBe(0o100755)
    expect(new TextDecoder().decode(h.find(e => e.path === 'init')!.data)).toBe('#!/bin/sh\n')
    expect(new TextDecoder().decode(h.find(e => e.path === 'bin/sh')!.data)).toBe('busybox')
    expect(h.every(e => e.mtime === 0)).toBe(true)
    expect(new TextDecoder().decode(bytes.subarray(-124)).includes('TRAILER!!!')).toBe(true)
  })

  it('gives the same bytes whatever the input order, aligned to 4 bytes', () => {
    const a = writeCpio([...entries])
    const b = writeCpio([...entries].reverse())
    expect(a).toEqual(b)
    expect(a.length % 4).toBe(0)
  })

  it('refuses an entry whose directory is missing, a duplicate, or an absolute path', () => {
    expect(() => writeCpio([{ path: 'etc/passwd', type: 'file', mode: 0o644, data: '' }])).toThrow(/needs its directory "etc"/)
    expect(() => writeCpio([{ path: 'a', type: 'dir', mode: 0o755 }, { path: 'a', type: 'dir', mode: 0o755 }])).toThrow(/listed twice/)
    expect(() => writeCpio([{ path: '/init', type: 'file', mode: 0o755, data: '' }])).toThrow(/must be relative/)
  })

  it('stores a hard-linked file once: same inode, link count 2, the data on the first name', () => {
    const bytes = writeCpio([
      { path: 'bin', type: 'dir', mode: 0o755 },
      { path: 'bin/busybox', type: 'file', mode: 0o755, data: 'ELF' },
      { path: 'layer', type: 'dir', mode: 0o755 },
      { path: 'layer/busybox', type: 'hardlink', target: 'bin/busybox' },
    ])
    const [, bin, , layer] = readCpio(bytes)
    expect(bin!.ino).toBe(layer!.ino)
    expect([bin!.nlink, layer!.nlink]).toEqual([2, 2])
    expect(new TextDecoder().decode(bin!.data)).toBe('ELF')
    expect(layer!.data.length).toBe(0)
    expect(() => writeCpio([{ path: 'a', type: 'hardlink', target: 'b' }])).toThrow(/not a file entry/)
  })
})
