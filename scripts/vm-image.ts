import type { PinnedPackage } from '../data/vm-image'
/**
 * `npm run vm:image`: builds the live VM's boot files into public/vm/ from the Debian packages
 * pinned in data/vm-image.lock.json.
 *
 *   1. a private APT configuration (own lists and cache under .cache/vm-image/, i386 added) so the
 *      system's APT is untouched; `apt-get update` and `apt-get download pkg:arch=version`;
 *   2. every .deb's sha256 checked against the lock (a mismatch or a version that has left the
 *      mirror stops the build with a message that says what to do);
 *   3. `dpkg-deb -x`; the kernel's bzImage, SeaBIOS and the VGA BIOS copied out; an initramfs
 *      written (busybox-static, device nodes, scripts/vm-rootfs/, the lab's image) as a deterministic
 *      uncompressed cpio;
 *   4. the Debian copyright files into public/vm/licenses/; manifest.json; SHA256SUMS.
 *
 * The saved state is made afterwards from these files by `npm run vm:state`, which rewrites
 * SHA256SUMS. Options: `--offline` reuses the downloaded .debs without `apt-get update`.
 */
import type { CpioEntry } from './cpio'
import type { OciImage, TarEntry } from './oci-image'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { VM_CMDLINE, VM_IMAGE_VERSION, VM_LAB_IMAGE, VM_MEMORY_BYTES, vmFiles, vmImageLock } from '../data/vm-image'
import { writeCpio } from './cpio'
import { buildOciImage, shortDigest } from './oci-image'
import { tsLiteral } from './ts-literal'
import { listFiles, readManifest, readSums, writeManifest, writeSums } from './vm-files'
import { writtenOffer } from './vm-offer'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const cache = join(root, '.cache/vm-image')
const aptDir = join(cache, 'apt')
const debDir = join(cache, 'debs')
const extractDir = join(cache, 'extract')
const outDir = join(root, 'public/vm')
const rootfsDir = join(root, 'scripts/vm-rootfs')
const appDir = join(root, 'scripts/vm-oci/hello')

/** GPL-2.0 (kernel, BusyBox), LGPL-2.1 (glibc), LGPL-3.0 (SeaBIOS) and GPL-3.0, which LGPL-3.0 builds on. */
const LICENSE_TEXTS = ['GPL-2', 'GPL-3', 'LGPL-2.1', 'LGPL-3']

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/**
 * Writes the private APT configuration (binary and source indexes of the pinned suite, amd64 and
 * i386) and returns the environment that selects it. Used by this script and scripts/vm-sources.ts.
 */
export function privateApt(): NodeJS.ProcessEnv {
  for (const d of ['state/lists/partial', 'cache/archives/partial', 'etc/sources.list.d', 'etc/preferences.d'])
    mkdirSync(join(aptDir, d), { recursive: true })
  if (!existsSync(join(aptDir, 'state/status')))
    writeFileSync(join(aptDir, 'state/status'), '')
  const signed = '[signed-by=/usr/share/keyrings/debian-archive-keyring.gpg]'
  const line = `${vmImageLock.mirror} ${vmImageLock.suite} main`
  writeFileSync(join(aptDir, 'etc/sources.list'), `deb ${signed} ${line}\ndeb-src ${signed} ${line}\n`)
  writeFileSync(join(aptDir, 'apt.conf'), [
    `Dir::State "${aptDir}/state";`,
    `Dir::State::status "${aptDir}/state/status";`,
    `Dir::Cache "${aptDir}/cache";`,
    `Dir::Etc::SourceList "${aptDir}/etc/sources.list";`,
    `Dir::Etc::SourceParts "${aptDir}/etc/sources.list.d";`,
    `Dir::Etc::Preferences "${aptDir}/etc/preferences";`,
    `Dir::Etc::PreferencesParts "${aptDir}/etc/preferences.d";`,
    'APT::Architecture "amd64";',
    'APT::Architectures { "amd64"; "i386"; };',
    '',
  ].join('\n'))
  return { ...process.env, APT_CONFIG: join(aptDir, 'apt.conf') }
}

/** Where `apt-get download` puts it (it writes an epoch's colon as %3a). */
export function debPath(p: PinnedPackage): string {
  return join(debDir, `${p.name}_${p.version.replace(':', '%3a')}_${p.arch}.deb`)
}

function download(p: PinnedPackage, env: NodeJS.ProcessEnv): void {
  mkdirSync(debDir, { recursive: true })
  const file = debPath(p)
  if (existsSync(file) && sha256(readFileSync(file)) === p.sha256)
    return
  rmSync(file, { force: true })
  const spec = `${p.name}:${p.arch === 'all' ? 'all' : p.arch}=${p.version}`
  try {
    execFileSync('apt-get', ['download', '-q', spec], { cwd: debDir, env, stdio: ['ignore', 'inherit', 'pipe'] })
  }
  catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '')
    throw new Error(`Could not download ${spec} from ${vmImageLock.mirror} (${vmImageLock.suite}).\n${stderr.trim()}\n`
      + 'If the version has left the mirror (Debian keeps only the newest point release), pin the current one: '
      + `\`APT_CONFIG=${env.APT_CONFIG} apt-cache show ${p.name}${p.arch === 'all' ? '' : `:${p.arch}`}\` gives Version, Filename, Size and SHA256 for data/vm-image.lock.json; `
      + 'then rebuild, run `npm run vm:state` and `npm run vm:transcript`, and bump VM_IMAGE_VERSION in data/vm-image.ts.')
  }
  if (!existsSync(file))
    throw new Error(`apt-get download ${spec} did not write ${relative(root, file)}: check name, version and arch in the lock.`)
}

/** Downloads a pinned package into .cache/vm-image/debs/ unless it is there already, and checks its sha256 and size. */
export function fetchPinned(p: PinnedPackage, env: NodeJS.ProcessEnv): string {
  download(p, env)
  verify(p)
  return debPath(p)
}

/** True when the pinned package is already downloaded with the right sha256 (no `apt-get update` needed). */
export function haveDeb(p: PinnedPackage): boolean {
  return existsSync(debPath(p)) && statSync(debPath(p)).size === p.size && sha256(readFileSync(debPath(p))) === p.sha256
}

function verify(p: PinnedPackage): void {
  const bytes = readFileSync(debPath(p))
  const got = sha256(bytes)
  if (got !== p.sha256 || bytes.length !== p.size) {
    throw new Error(`${p.name} ${p.version}: sha256 ${got} (${bytes.length} bytes) does not match the lock's ${p.sha256} (${p.size} bytes).\n`
      + 'The download is corrupt or the archive changed under the same version: delete .cache/vm-image/debs and retry; '
      + 'if it persists, do not build from it.')
  }
}

function extract(p: PinnedPackage): string {
  const dir = join(extractDir, p.name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  execFileSync('dpkg-deb', ['-x', debPath(p), dir])
  return dir
}

/**
 * The lab's image (VM_LAB_IMAGE): a base layer — a minimal root file system, BusyBox and its
 * links, /etc/passwd and /etc/group — and an app layer — a web page and the script that serves it
 * (scripts/vm-oci/hello/). `applets` is `busybox --list-full`.
 */
export function labImage(busybox: Uint8Array, applets: string[], rootfs: Map<string, { data: Uint8Array, mode: number }>, app: Map<string, { data: Uint8Array, mode: number }>): OciImage {
  const dirsOf = (paths: string[]): TarEntry[] => [...new Set(paths.flatMap(p => p.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))))]
    .map(path => ({ path, type: 'dir', mode: path === 'tmp' ? 0o1777 : path === 'root' ? 0o700 : 0o755 }))
  const baseFiles: TarEntry[] = [
    { path: 'bin/busybox', type: 'file', mode: 0o755, data: busybox },
    ...applets.filter(a => a !== 'bin/busybox').map(path => ({ path, type: 'symlink' as const, target: '/bin/busybox' })),
    { path: 'etc/passwd', type: 'file', mode: 0o644, data: rootfs.get('etc/passwd')!.data },
    { path: 'etc/group', type: 'file', mode: 0o644, data: rootfs.get('etc/group')!.data },
  ]
  const emptyDirs = ['dev', 'proc', 'root', 'sys', 'tmp'].map(path => ({ path, type: 'dir' as const, mode: path === 'tmp' ? 0o1777 : path === 'root' ? 0o700 : 0o755 }))
  const appFiles: TarEntry[] = [...app].map(([path, f]) => ({ path, type: 'file', mode: f.mode, data: f.data }))
  return buildOciImage({
    tag: VM_LAB_IMAGE.tag,
    architecture: '386',
    cmd: ['/bin/start'],
    layers: [
      { comment: 'base: BusyBox and its links, /etc/passwd and /etc/group', entries: [...dirsOf(baseFiles.map(e => e.path)), ...emptyDirs, ...baseFiles] },
      { comment: 'app: a web page (/www/index.html) and the script that serves it (/bin/start)', entries: [...dirsOf(appFiles.map(e => e.path)), ...appFiles] },
    ],
  })
}

/**
 * The image in the initramfs: its OCI layout under VM_LAB_IMAGE.dir, and each layer unpacked into
 * layers/<first 12 hex digits of its digest>/ for overlayfs. The base layer's BusyBox is a hard
 * link to /bin/busybox (stored once); the layer archives hold their own copy.
 */
export function imageEntries(image: OciImage): CpioEntry[] {
  const at = VM_LAB_IMAGE.dir.replace(/^\//, '')
  const entries: CpioEntry[] = []
  const dirs = new Set<string>()
  const dir = (path: string): void => {
    for (const [i] of path.split('/').entries()) {
      const d = path.split('/').slice(0, i + 1).join('/')
      if (!dirs.has(d)) {
        dirs.add(d)
        entries.push({ path: d, type: 'dir', mode: 0o755 })
      }
    }
  }
  for (const [path, data] of image.files) {
    dir(dirname(`${at}/${path}`))
    entries.push({ path: `${at}/${path}`, type: 'file', mode: 0o644, data })
  }
  for (const layer of image.layers) {
    const base = `${at}/layers/${shortDigest(layer.digest)}`
    dir(base)
    for (const e of layer.entries) {
      const path = `${base}/${e.path}`
      if (e.type === 'dir') {
        dirs.add(path)
        entries.push({ path, type: 'dir', mode: e.mode })
      }
      else if (e.type === 'symlink') {
        entries.push({ path, type: 'symlink', target: e.target })
      }
      else if (e.path === 'bin/busybox') {
        entries.push({ path, type: 'hardlink', target: 'bin/busybox' })
      }
      else {
        entries.push({ path, type: 'file', mode: e.mode, data: e.data })
      }
    }
  }
  return entries
}

/** `busybox --list-full`: every applet's path. Runs the i386 binary (amd64 Linux runs it natively). */
function appletPaths(busyboxPath: string): string[] {
  try {
    return execFileSync(busyboxPath, ['--list-full'], { encoding: 'utf8' }).split('\n').filter(Boolean).sort()
  }
  catch (error) {
    throw new Error(`Could not run ${busyboxPath} --list-full to list its applets for the lab image's base layer: `
      + `an x86 Linux host (i386 or amd64 with 32-bit support, as Debian's kernels have) runs it. ${(error as Error).message}`)
  }
}

/** The initramfs's entries: busybox, the device nodes the kernel needs before devtmpfs, /init, /etc. */
export function initramfsEntries(busybox: Uint8Array, rootfs: Map<string, { data: Uint8Array, mode: number }>): CpioEntry[] {
  const dirs = ['bin', 'dev', 'etc', 'proc', 'root', 'run', 'sbin', 'sys', 'tmp', 'usr', 'usr/bin', 'usr/sbin']
  const entries: CpioEntry[] = [
    ...dirs.map(path => ({ path, type: 'dir' as const, mode: path === 'tmp' ? 0o1777 : path === 'root' ? 0o700 : 0o755 })),
    { path: 'bin/busybox', type: 'file', mode: 0o755, data: busybox },
    { path: 'bin/sh', type: 'symlink', target: 'busybox' },
    { path: 'dev/console', type: 'char', mode: 0o600, major: 5, minor: 1 },
    { path: 'dev/ttyS0', type: 'char', mode: 0o660, major: 4, minor: 64 },
    { path: 'dev/null', type: 'char', mode: 0o666, major: 1, minor: 3 },
  ]
  for (const [path, file] of rootfs)
    entries.push({ path, type: 'file', mode: file.mode, data: file.data })
  return entries
}

/** The files under a committed directory, by relative path; `init` and anything in a bin/ keep 0755. */
function readTree(from: string): Map<string, { data: Uint8Array, mode: number }> {
  const files = new Map<string, { data: Uint8Array, mode: number }>()
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name)
      const path = relative(from, full)
      if (statSync(full).isDirectory())
        walk(full)
      else
        files.set(path, { data: readFileSync(full), mode: name === 'init' || /(?:^|\/)bin\//.test(path) ? 0o755 : 0o644 })
    }
  }
  walk(from)
  return files
}

function main(): void {
  const offline = process.argv.includes('--offline')
  mkdirSync(debDir, { recursive: true })
  const env = privateApt()
  if (!offline) {
    console.log('apt-get update (private configuration in .cache/vm-image/apt)')
    execFileSync('apt-get', ['update', '-q'], { env, stdio: ['ignore', 'ignore', 'inherit'] })
  }
  const dirs = new Map<string, string>()
  for (const p of vmImageLock.packages) {
    download(p, env)
    verify(p)
    console.log(`ok   ${p.name} ${p.version} sha256 ${p.sha256.slice(0, 16)}…`)
    dirs.set(p.name, extract(p))
  }
  const dirOf = (prefix: string): string => [...dirs].find(([name]) => name.startsWith(prefix))![1]

  mkdirSync(outDir, { recursive: true })
  const oldSums = existsSync(join(outDir, vmFiles.sums)) ? Object.fromEntries(readSums(outDir)) : {}
  // The kernel is the project's own, built by `npm run vm:kernel`, which records it in the manifest.
  const kernel = existsSync(join(outDir, vmFiles.manifest)) ? readManifest(outDir).kernel : undefined
  if (!kernel || !existsSync(join(outDir, vmFiles.kernel)) || sha256(readFileSync(join(outDir, vmFiles.kernel))) !== kernel.bzImageSha256)
    throw new Error(`public/vm/${vmFiles.kernel} is missing or is not the kernel manifest.json records: run npm run vm:kernel first.`)
  const seabios = join(dirOf('seabios'), 'usr/share/seabios')
  copyFileSync(join(seabios, 'bios.bin'), join(outDir, vmFiles.bios))
  copyFileSync(join(seabios, 'vgabios-stdvga.bin'), join(outDir, vmFiles.vgaBios))

  const busyboxPath = join(dirOf('busybox-static'), 'bin/busybox')
  const busybox = readFileSync(busyboxPath)
  const rootfs = readTree(rootfsDir)
  const image = labImage(busybox, appletPaths(busyboxPath), rootfs, readTree(appDir))
  const cpio = writeCpio([...initramfsEntries(busybox, rootfs), ...imageEntries(image)])
  writeFileSync(join(outDir, vmFiles.initrd), cpio)
  rmSync(join(outDir, 'initramfs.cpio.gz'), { force: true })
  console.log(`lab image ${VM_LAB_IMAGE.dir}: manifest ${image.manifestDigest}, layers ${image.layers.map(l => shortDigest(l.digest)).join(' ')}`)
  writeFileSync(join(root, 'data/vm-lab-image.ts'), [
    '// Generated by `npm run vm:image` — do not edit.',
    '// The lab\'s OCI image in the VM (scripts/vm-image.ts, labImage): its digests, and where each layer is unpacked.',
    'import type { VmLabImage } from \'./vm-image\'',
    '',
    `export const vmLabImage: VmLabImage = ${tsLiteral({
      ...VM_LAB_IMAGE,
      manifestDigest: image.manifestDigest,
      configDigest: image.configDigest,
      layers: image.layers.map(l => ({ comment: l.comment, digest: l.digest, size: l.size, dir: `${VM_LAB_IMAGE.dir}/layers/${shortDigest(l.digest)}` })),
    })}`,
    '',
  ].join('\n'))

  const licenses = join(outDir, 'licenses')
  mkdirSync(licenses, { recursive: true })
  // Copyright files of packages no longer in the lock go (the kernel's source's is vm:kernel's).
  const keep = new Set([vmImageLock.kernelSource, ...vmImageLock.packages].map(p => `${p.name}.copyright`))
  for (const f of readdirSync(licenses).filter(f => f.endsWith('.copyright') && !keep.has(f)))
    rmSync(join(licenses, f))
  for (const [name, dir] of dirs) {
    const doc = join(dir, 'usr/share/doc')
    const pkgDoc = readdirSync(doc).find(d => existsSync(join(doc, d, 'copyright')))
    if (!pkgDoc)
      throw new Error(`${name}: no usr/share/doc/*/copyright in the package`)
    copyFileSync(join(doc, pkgDoc, 'copyright'), join(licenses, `${name}.copyright`))
  }
  copyFileSync(join(root, 'node_modules/v86/LICENSE'), join(licenses, 'v86.LICENSE'))
  // The licence texts the copyright files point to (Debian's base-files has them on every system).
  for (const text of LICENSE_TEXTS) {
    const from = join('/usr/share/common-licenses', text)
    if (!existsSync(from))
      throw new Error(`${from} is missing: it comes with Debian's base-files package; build on Debian or Ubuntu.`)
    copyFileSync(from, join(licenses, text))
  }
  writeFileSync(join(licenses, 'WRITTEN-OFFER.md'), writtenOffer(vmImageLock, VM_IMAGE_VERSION))

  // The build date is when these bytes were first made: a rebuild that gives the same files keeps
  // it, so rebuilding leaves public/vm exactly as it was.
  const unchanged = Object.keys(oldSums).length > 0 && listFiles(outDir)
    .filter(f => f !== vmFiles.manifest && f !== vmFiles.state && f !== vmFiles.kernel)
    .every(f => oldSums[f] === sha256(readFileSync(join(outDir, f))))
  writeManifest(outDir, { kernel: kernel.release, keepBuiltAt: unchanged })
  writeSums(outDir)
  for (const f of [vmFiles.kernel, vmFiles.initrd])
    console.log(`${sha256(readFileSync(join(outDir, f)))}  public/vm/${f}`)
  console.log(`image ${VM_IMAGE_VERSION}: memory ${VM_MEMORY_BYTES >> 20} MiB, cmdline "${VM_CMDLINE}"`)
  const madeFrom = readManifest(outDir).state?.madeFrom ?? {}
  const stale = [vmFiles.kernel, vmFiles.initrd, vmFiles.bios, vmFiles.vgaBios].filter(f => madeFrom[f] !== sha256(readFileSync(join(outDir, f))))
  if (stale.length === 0)
    console.log('the saved state was made from these same bytes: nothing else to do')
  else
    console.log(`changed since the saved state was made: ${stale.join(', ')}. Next: npm run vm:state, then npm run vm:transcript`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main()
  }
  catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
