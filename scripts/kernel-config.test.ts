import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { vmFiles } from '../data/vm-image'
import { isOn, lostOptions, missingForDemos, parseFragment, readConfig } from './kernel-config'

const root = resolve(__dirname, '..')
const fragmentText = readFileSync(join(root, 'scripts/vm-kernel/kernel.config'), 'utf8')
const fragment = parseFragment(fragmentText)
const compression = vmFiles.initrd.split('.').at(-1)!

describe('the kernel config fragment (scripts/vm-kernel/kernel.config)', () => {
  it('gives every option a reason', () => {
    expect(fragment.length).toBeGreaterThan(50)
    for (const o of fragment)
      expect(o.reason.length, `${o.name} (line ${o.line})`).toBeGreaterThan(2)
  })

  it('turns on everything the demos and the lab rely on, the initramfs\'s compression included', () => {
    expect(compression, 'the image ships its initramfs uncompressed').toBe('cpio')
    expect(missingForDemos(fragment, compression)).toEqual([])
    // A gzip'd initramfs would work too.
    expect(missingForDemos(fragment, 'gz')).toEqual([])
    expect(isOn(fragment, 'CONFIG_RD_GZIP')).toBe(true)
  })

  it('notices an option the demos need going missing', () => {
    const without = parseFragment(fragmentText.replace(/^CONFIG_OVERLAY_FS=y$/m, '# CONFIG_OVERLAY_FS is not set'))
    expect(missingForDemos(without, compression)).toEqual(['CONFIG_OVERLAY_FS=y (image layers under a writable layer)'])
    expect(missingForDemos(fragment, 'xz')).toEqual(['CONFIG_RD_XZ=y (the initramfs is xz-compressed)'])
  })

  it('was built as written: every line survived into the committed resolved .config', () => {
    const resolved = readFileSync(join(root, 'public/vm/licenses/linux.config'), 'utf8')
    expect(lostOptions(fragment, resolved)).toEqual([])
    expect(readConfig(resolved).get('CONFIG_KERNEL_LZ4')).toBe('y')
  })

  it('names what olddefconfig dropped, and rejects lines that are not options or have no reason', () => {
    expect(lostOptions(parseFragment('# why\nCONFIG_VETH=y\n# why not\n# CONFIG_PCI is not set\n'), 'CONFIG_PCI=y\n'))
      .toEqual(['CONFIG_VETH=y (got absent: a dependency is off or the name is wrong)', 'CONFIG_PCI=n (got y)'])
    expect(() => parseFragment('CONFIG_VETH=y\n')).toThrow(/CONFIG_VETH has no reason/)
    expect(() => parseFragment('# why\nVETH=y\n')).toThrow(/:2: not an option/)
  })
})
