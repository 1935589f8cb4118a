/**
 * `npm run vm:kernel`: builds the live VM's kernel, public/vm/bzImage, from Debian's kernel source.
 *
 *   1. downloads the pinned `linux-source-6.1` package (data/vm-image.lock.json: version, size,
 *      sha256) with the image's private APT configuration, and checks its sha256;
 *   2. unpacks its source tarball into a fresh tree under .cache/vm-kernel/;
 *   3. `make ARCH=i386 tinyconfig`, merges the committed fragment scripts/vm-kernel/kernel.config
 *      (`scripts/kconfig/merge_config.sh -m`), `make olddefconfig`, and stops, naming them, if any of
 *      the fragment's lines did not survive (a dependency off, a misspelt name);
 *   4. `make ARCH=i386 -j2 bzImage` with KBUILD_BUILD_TIMESTAMP/USER/HOST/VERSION, LC_ALL and TZ
 *      fixed, so the same compiler gives the same bytes;
 *   5. copies the bzImage to public/vm/, the resolved .config, the fragment and the source
 *      package's copyright file to public/vm/licenses/, records the build in manifest.json
 *      (source, config hash, compiler) and rewrites SHA256SUMS.
 *
 * Then `npm run vm:image` (if the initramfs changes too), `npm run vm:state`, `npm run vm:transcript`.
 * Options: `--keep-tree` reuses the unpacked tree (a config change rebuilds in seconds);
 * `--check` builds from a fresh tree in .cache/vm-kernel/check/ and only compares the result with
 * the committed bzImage (the sha256 in manifest.json), writing nothing into public/vm/;
 * `--offline` skips `apt-get update` (it is skipped anyway when the .deb is already downloaded).
 * Needs gcc and make, and the apt packages listed in BUILD_TOOLS.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { vmFiles, vmImageLock } from '../data/vm-image'
import { lostOptions, parseFragment } from './kernel-config'
import { readManifest, updateManifest, writeSums } from './vm-files'
import { fetchPinned, haveDeb, privateApt, sha256 } from './vm-image'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const work = join(root, '.cache/vm-kernel')
const outDir = join(root, 'public/vm')
export const FRAGMENT = 'scripts/vm-kernel/kernel.config'

/**
 * Fixed so that two builds give the same bytes. The timestamp is the Debian changelog date of
 * linux 6.1.176-1, the source's own date (Debian's kernel of the same version says it too).
 */
export const BUILD_ENV = {
  ARCH: 'i386',
  KBUILD_BUILD_TIMESTAMP: 'Thu Jul  2 00:00:00 UTC 2026',
  KBUILD_BUILD_USER: 'deck',
  KBUILD_BUILD_HOST: 'vms-and-containers',
  KBUILD_BUILD_VERSION: '1',
  LC_ALL: 'C',
  TZ: 'UTC',
} as const

export const MAKE_JOBS = 2

/** The tools the build runs, and the Debian package each comes from. */
const BUILD_TOOLS: { tool: string, pkg: string, file?: string }[] = [
  { tool: 'gcc', pkg: 'gcc' },
  { tool: 'make', pkg: 'make' },
  { tool: 'bison', pkg: 'bison' },
  { tool: 'flex', pkg: 'flex' },
  { tool: 'bc', pkg: 'bc' },
  { tool: 'lz4', pkg: 'lz4' },
  { tool: 'xz', pkg: 'xz-utils' },
  { tool: 'cpio', pkg: 'cpio' },
  { tool: 'perl', pkg: 'perl' },
  { tool: 'libelf', pkg: 'libelf-dev', file: '/usr/include/gelf.h' },
]

function checkTools(): void {
  const missing = BUILD_TOOLS.filter(({ tool, file }) => {
    if (file)
      return !existsSync(file)
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' })
      return false
    }
    catch {
      return true
    }
  })
  if (missing.length > 0) {
    throw new Error(`Missing build tools: ${missing.map(m => m.tool).join(', ')}. On Debian or Ubuntu: `
      + `sudo apt-get install ${missing.map(m => m.pkg).join(' ')}`)
  }
}

function run(cmd: string, args: string[], cwd: string, quiet = false): string {
  const env = { ...process.env, ...BUILD_ENV }
  return execFileSync(cmd, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', quiet ? 'pipe' : 'inherit', 'inherit'], maxBuffer: 64 << 20 }) ?? ''
}

/** The source package unpacked once into .cache/vm-kernel/deb (kept while its sha256 is the lock's). */
function unpackDeb(deb: string): string {
  const dir = join(work, 'deb')
  const stamp = join(dir, '.sha256')
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== vmImageLock.kernelSource.sha256) {
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    execFileSync('dpkg-deb', ['-x', deb, dir])
    writeFileSync(stamp, vmImageLock.kernelSource.sha256)
  }
  return dir
}

function main(): void {
  const check = process.argv.includes('--check')
  const keepTree = process.argv.includes('--keep-tree') && !check
  const offline = process.argv.includes('--offline')
  checkTools()
  const fragmentText = readFileSync(join(root, FRAGMENT), 'utf8')
  const fragment = parseFragment(fragmentText, FRAGMENT)
  const src = vmImageLock.kernelSource

  const env = privateApt()
  if (!offline && !haveDeb(src)) {
    console.log('apt-get update (private configuration in .cache/vm-image/apt)')
    execFileSync('apt-get', ['update', '-q'], { env, stdio: ['ignore', 'ignore', 'inherit'] })
  }
  const deb = fetchPinned(src, env)
  console.log(`ok   ${src.name} ${src.version} sha256 ${src.sha256.slice(0, 16)}…`)
  const debDir = unpackDeb(deb)
  const tarball = readdirSync(join(debDir, 'usr/src')).find(f => /^linux-source-.*\.tar\.xz$/.test(f))
  if (!tarball)
    throw new Error(`${src.name}: no usr/src/linux-source-*.tar.xz in the package`)
  const into = check ? join(work, 'check') : work
  const tree = join(into, tarball.replace(/\.tar\.xz$/, ''))
  if (!keepTree || !existsSync(tree)) {
    console.log(`unpacking ${tarball} into a fresh tree (${tree.replace(`${root}/`, '')})`)
    rmSync(tree, { recursive: true, force: true })
    mkdirSync(into, { recursive: true })
    execFileSync('tar', ['-xf', join(debDir, 'usr/src', tarball), '-C', into])
  }

  run('make', ['-s', 'tinyconfig'], tree, true)
  run('scripts/kconfig/merge_config.sh', ['-m', '.config', join(root, FRAGMENT)], tree, true)
  run('make', ['-s', 'olddefconfig'], tree, true)
  const configText = readFileSync(join(tree, '.config'), 'utf8')
  const lost = lostOptions(fragment, configText)
  if (lost.length > 0) {
    throw new Error(`${lost.length} option(s) of ${FRAGMENT} did not survive \`make olddefconfig\` `
      + `(a dependency is off, or the name is wrong):\n  ${lost.join('\n  ')}\n`
      + `Look each up with \`make ARCH=i386 menuconfig\` (/ searches) in ${tree}, add what it depends on to the fragment, and run again.`)
  }
  console.log(`config: tinyconfig + ${fragment.length} options from ${FRAGMENT}, all kept`)

  const compiler = execFileSync('gcc', ['--version'], { encoding: 'utf8' }).split('\n')[0]!
  console.log(`make ARCH=i386 -j${MAKE_JOBS} bzImage with ${compiler} …`)
  const t0 = performance.now()
  run('make', [`-j${MAKE_JOBS}`, 'bzImage'], tree, true)
  const buildSeconds = Math.round((performance.now() - t0) / 100) / 10
  const release = run('make', ['-s', 'kernelrelease'], tree, true).trim()
  if (check) {
    const built = sha256(readFileSync(join(tree, 'arch/x86/boot/bzImage')))
    const committed = readManifest(outDir).kernel
    console.log(`built in ${buildSeconds} s with ${compiler}\n${built}  fresh build\n${committed?.bzImageSha256}  public/vm/${vmFiles.kernel} (manifest.json, built with ${committed?.compiler})`)
    if (built !== committed?.bzImageSha256)
      throw new Error('The fresh build differs from the committed kernel. With the same compiler this means the build is not reproducible (look for a date, a path or a host name in the output); with another compiler it is expected.')
    console.log('identical: the committed kernel is what this source, config and compiler build')
    return
  }

  const licenses = join(outDir, 'licenses')
  mkdirSync(licenses, { recursive: true })
  copyFileSync(join(tree, 'arch/x86/boot/bzImage'), join(outDir, vmFiles.kernel))
  copyFileSync(join(tree, '.config'), join(licenses, 'linux.config'))
  copyFileSync(join(root, FRAGMENT), join(licenses, 'kernel.config'))
  copyFileSync(join(debDir, 'usr/share/doc', src.name, 'copyright'), join(licenses, `${src.name}.copyright`))

  const bzImage = readFileSync(join(outDir, vmFiles.kernel))
  updateManifest(outDir, {
    kernelRelease: release,
    kernel: {
      release,
      source: { name: src.name, version: src.version, sha256: src.sha256 },
      config: FRAGMENT,
      configSha256: sha256(new TextEncoder().encode(fragmentText)),
      resolvedConfigSha256: sha256(new TextEncoder().encode(configText)),
      compiler,
      buildEnv: { ...BUILD_ENV },
      make: `make ARCH=i386 tinyconfig; scripts/kconfig/merge_config.sh -m .config ${FRAGMENT}; make ARCH=i386 olddefconfig; make ARCH=i386 -j${MAKE_JOBS} bzImage`,
      bzImageSha256: sha256(bzImage),
      bzImageBytes: bzImage.length,
      buildSeconds,
      tree: keepTree ? 'reused' : 'fresh',
      builtAt: new Date().toISOString(),
    },
  })
  writeSums(outDir)
  console.log(`built in ${buildSeconds} s: Linux ${release}, bzImage ${(bzImage.length / 1e6).toFixed(2)} MB (${statSync(join(outDir, vmFiles.kernel)).size} bytes)`)
  console.log(`${sha256(bzImage)}  public/vm/${vmFiles.kernel}`)
  console.log('next: npm run vm:state (the saved state holds the kernel), then npm run vm:transcript')
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
