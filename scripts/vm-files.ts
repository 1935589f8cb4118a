/**
 * public/vm/'s bookkeeping: manifest.json (what the image is) and SHA256SUMS (every file's sha256,
 * in `sha256sum -c` format). Shared by the image and state builders and the tests.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { VM_CMDLINE, VM_IMAGE_VERSION, VM_MEMORY_BYTES, vmFiles, vmImageLock } from '../data/vm-image'

export interface VmManifest {
  imageVersion: string
  builtAt: string
  kernelRelease: string
  memoryBytes: number
  cmdline: string
  packages: { name: string, version: string, sha256: string }[]
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
  if (old?.state)
    manifest.state = old.state
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`)
}

export function updateManifest(dir: string, change: Partial<VmManifest>): void {
  writeFileSync(join(dir, vmFiles.manifest), `${JSON.stringify({ ...readManifest(dir), ...change }, null, 2)}\n`)
}
