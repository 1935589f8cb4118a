/**
 * The live VM's image: what it is made of and how it boots. One place for the build
 * (`npm run vm:kernel`, `npm run vm:image`, `npm run vm:state`), the transcript
 * (`npm run vm:transcript`) and the `LinuxVm` component. The Debian packages it is built from —
 * the kernel's source, BusyBox, SeaBIOS — are pinned, with their sha256, in `vm-image.lock.json`
 * beside this file.
 */
import lock from './vm-image.lock.json'

/** Bump when the image's bytes change (kernel, initramfs, /init, saved state). */
export const VM_IMAGE_VERSION = '2'

/** Where the built files are served from: `public/vm/` in the repository. */
export const VM_BASE_URL = '/vm/'

/** The files in `public/vm/`, by role. All are listed, with their sha256, in `SHA256SUMS`. */
export const vmFiles = {
  kernel: 'bzImage',
  /**
   * Uncompressed: the kernel copies it into place instead of inflating it, which in the emulated CPU
   * saved seconds of the cold boot (a gzip'd one took most of the kernel's start-up).
   */
  initrd: 'initramfs.cpio',
  bios: 'bios.bin',
  vgaBios: 'vgabios-stdvga.bin',
  /** A zstd-compressed `save_state()`; v86 recognises the zstd magic and decompresses it itself. */
  state: 'state.bin.zst',
  manifest: 'manifest.json',
  sums: 'SHA256SUMS',
} as const

/**
 * The lab's container image, in the VM's initramfs (built by `npm run vm:image`): an OCI image
 * layout (`oci-layout`, `index.json`, `blobs/sha256/…`) under `dir`, tagged `tag`, and each of its
 * layers unpacked as a directory, `dir/layers/<first 12 hex digits of the layer's digest>/`, for
 * overlayfs.
 */
export const VM_LAB_IMAGE = { dir: '/images/hello', tag: 'latest' } as const

/** The lab's image as built (data/vm-lab-image.ts, written by `npm run vm:image`). */
export interface VmLabImage {
  dir: string
  tag: string
  manifestDigest: string
  configDigest: string
  /** Bottom first: the base layer, then the app layer. `dir` is the layer unpacked, for overlayfs. */
  layers: { comment: string, digest: string, size: number, dir: string }[]
}

/** The guest's RAM. At least 128 MiB: v86 always places the initrd at 64 MiB. */
export const VM_MEMORY_BYTES = 128 * 1024 * 1024
export const VM_VGA_MEMORY_BYTES = 2 * 1024 * 1024

/** The guest's host name, shown in its prompt (`vm:~# `). */
export const VM_HOSTNAME = 'vm'

/**
 * The kernel command line, for the deck's own kernel (scripts/vm-kernel/kernel.config). Serial
 * console; `tsc=reliable` and `mitigations=off` skip work an emulator does not need;
 * `init_on_free=1` zeroes freed pages so the saved state compresses well. (Debian's kernel also
 * needed `cryptomgr.notests` and `noisapnp`; this one has no crypto self-tests and no ISA PnP.)
 */
export const VM_CMDLINE = 'console=ttyS0 tsc=reliable mitigations=off init_on_free=1'

/**
 * The v86 options the image needs, the same for a cold boot and a restore (a saved state restores
 * only into the same machine: same memory, same serial ports, same BIOS, same v86 version).
 * Add `bios`, `vga_bios` and then either `bzimage` + `initrd` + `cmdline: VM_CMDLINE` (cold boot)
 * or `initial_state` (restore).
 */
export const vmMachine = {
  memory_size: VM_MEMORY_BYTES,
  vga_memory_size: VM_VGA_MEMORY_BYTES,
  /** ttyS1: the host's line to /init (see vmHostLine). The console is ttyS0. */
  uart1: true,
} as const

/** The serial port on which the guest's /init listens for the host's line (time, terminal size). */
export const VM_HOST_SERIAL = 1

/**
 * What to send on serial port VM_HOST_SERIAL right after a restore (and whenever the terminal is
 * resized): the real time, so the guest's clock does not show the time the state was saved at,
 * and optionally the terminal's size, so the shell wraps long lines where the terminal does.
 * `emulator.serial_send_bytes(VM_HOST_SERIAL, new TextEncoder().encode(vmHostLine({ cols, rows })))`.
 */
export function vmHostLine({ nowMs = Date.now(), cols, rows }: { nowMs?: number, cols?: number, rows?: number } = {}): string {
  const size = cols && rows ? ` ${Math.floor(cols)} ${Math.floor(rows)}` : ''
  return `${Math.floor(nowMs / 1000)}${size}\n`
}

export interface PinnedPackage {
  name: string
  /** What the image takes from it. */
  role: string
  arch: 'i386' | 'all'
  version: string
  /** Path in the Debian archive (`pool/…`). */
  filename: string
  size: number
  sha256: string
  /** The Debian source packages it is built from (GPL: the corresponding source). */
  sources: { name: string, version: string }[]
}

export interface VmImageLock {
  suite: string
  mirror: string
  /** The kernel's source (`linux-source-6.1`), which `npm run vm:kernel` builds into public/vm/bzImage. */
  kernelSource: PinnedPackage
  /** The binary packages the image takes files from. */
  packages: PinnedPackage[]
}

/** Checks the lock file's shape, so a hand edit that breaks it fails with a message that says where. */
export function parseLock(value: unknown): VmImageLock {
  const fail = (what: string): never => {
    throw new Error(`data/vm-image.lock.json: ${what}. Each package needs name, role, arch (i386|all), version, filename (pool/…), size, sha256 (64 hex digits) and sources [{ name, version }].`)
  }
  const v = value as Partial<VmImageLock>
  if (typeof v?.suite !== 'string' || typeof v.mirror !== 'string' || !Array.isArray(v.packages) || typeof v.kernelSource !== 'object')
    fail('needs "suite", "mirror", "kernelSource" and a "packages" array')
  const all: [string, PinnedPackage][] = [['kernelSource', v.kernelSource!], ...(v.packages as PinnedPackage[]).map((p, i): [string, PinnedPackage] => [`packages[${i}]`, p])]
  for (const [where, p] of all) {
    const at = `${where} (${p?.name ?? '?'})`
    if (typeof p.name !== 'string' || !/^[a-z0-9][a-z0-9+.-]+$/.test(p.name))
      fail(`${at}: bad name`)
    if (typeof p.role !== 'string' || p.role.length < 3)
      fail(`${at}: say what the image takes from it in "role"`)
    if (p.arch !== 'i386' && p.arch !== 'all')
      fail(`${at}: arch must be "i386" or "all", not ${JSON.stringify(p.arch)}`)
    if (typeof p.version !== 'string' || !/^(?:\d+:)?[\w.+~-]+$/.test(p.version))
      fail(`${at}: bad version ${JSON.stringify(p.version)}`)
    if (typeof p.filename !== 'string' || !p.filename.startsWith('pool/') || !p.filename.endsWith('.deb'))
      fail(`${at}: filename must be the archive path pool/….deb`)
    if (!Number.isInteger(p.size) || p.size <= 0)
      fail(`${at}: size must be the .deb's size in bytes`)
    if (typeof p.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(p.sha256))
      fail(`${at}: sha256 must be 64 lower-case hex digits`)
    if (!Array.isArray(p.sources) || p.sources.length === 0 || p.sources.some(s => typeof s?.name !== 'string' || typeof s?.version !== 'string'))
      fail(`${at}: sources must list its Debian source packages as { name, version }`)
  }
  return v as VmImageLock
}

export const vmImageLock: VmImageLock = parseLock(lock)

/** The pinned package with this name (the kernel's source included); throws if the lock lacks it. */
export function pinned(name: string): PinnedPackage {
  const found = [vmImageLock.kernelSource, ...vmImageLock.packages].find(p => p.name === name || p.name.startsWith(`${name}-`))
  if (!found)
    throw new Error(`data/vm-image.lock.json has no package "${name}"`)
  return found
}

/** The distinct Debian source packages behind the image's binaries (for the GPL written offer). */
export function sourcePackages(lockData: VmImageLock = vmImageLock): { name: string, version: string }[] {
  const seen = new Map<string, { name: string, version: string }>()
  for (const p of [lockData.kernelSource, ...lockData.packages]) {
    for (const s of p.sources)
      seen.set(`${s.name}=${s.version}`, s)
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name))
}
