/**
 * public/vm/'s bookkeeping: manifest.json (what the image is) and SHA256SUMS (every file's sha256,
 * in `sha256sum -c` format). Shared by the image and state builders and the tests.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { VM_CMDLINE, VM_IMAGE_VERSION, VM_MEMORY_BYTES, vmFiles, vmImageLock } from '../data/vm-image'

/** The kernel in public/vm/bzImage, as `npm run vm:kernel` built it. */
export interface VmKernelBuild {
  /** `make kernelrelease`, what `uname -r` says. */
  release: string
  /** The Debian package whose source it is built from. */
  source: { name: string, version: string, sha256: string }
  /** The committed fragment applied on top of tinyconfig, and its sha256. */
  config: string
  configSha256: string
  /** sha256 of the whole resolved .config (public/vm/licenses/linux.config). */
  resolvedConfigSha256: string
  /** `gcc --version`, first line: the same compiler gives the same bytes. */
  compiler: string
  /** The fixed KBUILD_BUILD_* values and the make command. */
  buildEnv: Record<string, string>
  make: string
  bzImageSha256: string
  bzImageBytes: number
  /** Wall time of the last build on the machine that built it, and whether its tree was fresh or reused (`--keep-tree`, only what changed is rebuilt). */
  buildSeconds: number
  tree: 'fresh' | 'reused'
  builtAt: string
}

/** Debian's kernel, which the image booted before (image 1): kept for comparison on the slides and in bench:vm. */
export interface VmPreviousKernel {
  release: string
  package: string
  bzImageBytes: number
  /** Cold boot to a prompt in headless Chromium on the 2-core machine, as a range, and where it comes from. */
  chromiumColdBoot: { fromSeconds: number, toSeconds: number, source: string }
  /** Cold boot stages in Node (vm:transcript's method), fastest of several runs. */
  nodeBootStages?: VmBootStages & { measuredOn: string }
}

/** A cold boot's stages, in seconds from starting the emulator. */
export interface VmBootStages {
  /** v86 and SeaBIOS up to the kernel's own code (its decompressor) starting. */
  firmwareSeconds: number
  /** The kernel decompressing itself. */
  decompressSeconds: number
  /** From the decompressed kernel's first instruction to running /init. */
  kernelSeconds: number
  /** From /init to the shell's prompt. */
  initSeconds: number
  totalSeconds: number
}

export interface VmManifest {
  imageVersion: string
  builtAt: string
  kernelRelease: string
  memoryBytes: number
  cmdline: string
  packages: { name: string, version: string, sha256: string }[]
  /** Written by `npm run vm:kernel`. */
  kernel?: VmKernelBuild
  previousKernel?: VmPreviousKernel
  /** Added by `npm run vm:state`. */
  state?: { v86: string, madeAt: string, bootToPromptSeconds: number, madeFrom: Record<string, string> }
}

/** Every file under dir (relative paths, sorted), except SHA256SUMS itself. */
export function listFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name)
      if (statSync(full).isDirectory())
        walk(full)
      else if (relative(dir, full) !== vmFiles.sums)
        out.push(relative(dir, full))
    }
  }
  walk(dir)
  return out.sort()
}

export function writeSums(dir: string): void {
  const lines = listFiles(dir).map(f => `${createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')}  ${f}`)
  writeFileSync(join(dir, vmFiles.sums), `${lines.join('\n')}\n`)
}

/** SHA256SUMS as a map from path to sha256; throws on a malformed line. */
export function readSums(dir: string): Map<string, string> {
  const sums = new Map<string, string>()
  for (const line of readFileSync(join(dir, vmFiles.sums), 'utf8').split('\n').filter(Boolean)) {
    const m = /^([0-9a-f]{64}) {2}(\S.*)$/.exec(line)
    if (!m)
      throw new Error(`${vmFiles.sums}: malformed line ${JSON.stringify(line)} (expected "<sha256>  <path>")`)
    sums.set(m[2], m[1])
  }
  return sums
}

export function readManifest(dir: string): VmManifest {
  return JSON.parse(readFileSync(join(dir, vmFiles.manifest), 'utf8')) as VmManifest
}

/** Writes manifest.json for a fresh image (the state part, kept from before, is the state builder's). */
export function writeManifest(dir: string, { kernel, keepBuiltAt }: { kernel: string, keepBuiltAt: boolean }): void {
  const path = join(dir, vmFiles.manifest)
  const old = existsSync(path) ? readManifest(dir) : undefined
  const manifest: VmManifest = {
    imageVersion: VM_IMAGE_VERSION,
    builtAt: (keepBuiltAt && old?.builtAt) || new Date().toISOString(),
    kernelRelease: kernel,
    memoryBytes: VM_MEMORY_BYTES,
    cmdline: VM_CMDLINE,
    packages: vmImageLock.packages.map(p => ({ name: p.name, version: p.version, sha256: p.sha256 })),
  }
  for (const key of ['kernel', 'previousKernel', 'state'] as const) {
    if (old?.[key])
      (manifest as unknown as Record<string, unknown>)[key] = old[key]
  }
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`)
}

export function updateManifest(dir: string, change: Partial<VmManifest>): void {
  writeFileSync(join(dir, vmFiles.manifest), `${JSON.stringify({ ...readManifest(dir), ...change }, null, 2)}\n`)
}
