import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
/**
 * `npm run vm:sources`: fetches the complete corresponding source of the live VM's GPL and LGPL
 * binaries, exactly as data/vm-image.lock.json names them: for the kernel, which the project builds
 * (`npm run vm:kernel`), the pinned `linux-source-6.1` package itself (sha256 checked; with
 * scripts/vm-kernel/kernel.config and scripts/vm-kernel.ts it is the kernel's complete source); for
 * the other binaries, their Debian source packages, with `apt-get source --download-only
 * NAME=VERSION` (a private APT configuration with a deb-src entry; the system's APT is untouched).
 * See public/vm/licenses/WRITTEN-OFFER.md.
 *
 *   npm run vm:sources                          all of them into .cache/vm-image/sources/
 *   npm run vm:sources -- --only busybox,seabios   (the kernel's is linux-source-6.1)
 *   npm run vm:sources -- --dry-run             print each file's URL and size, download nothing
 *   npm run vm:sources -- --dest DIR            somewhere else
 *
 * The kernel's source alone is about 140 MB; all of it about 165 MB. Debian keeps superseded
 * versions on snapshot.debian.org (https://snapshot.debian.org/package/NAME/VERSION/) once they
 * leave the mirror.
 */
import process from 'node:process'
import { sourcePackages, vmImageLock } from '../data/vm-image'
import { cache, fetchPinned, privateApt } from './vm-image'

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i === -1 ? undefined : process.argv[i + 1]
}

function main(): void {
  const dryRun = process.argv.includes('--dry-run')
  const only = option('--only')?.split(',')
  const dest = resolve(option('--dest') ?? join(cache, 'sources'))
  const kernel = vmImageLock.kernelSource
  // The kernel's source is the linux-source package the kernel is built from, not Debian's `linux`.
  const others = sourcePackages({ ...vmImageLock, kernelSource: { ...kernel, sources: [] } })
  const wantKernel = !only || only.includes(kernel.name)
  const wanted = others.filter(s => !only || only.includes(s.name))
  if (wanted.length === 0 && !wantKernel)
    throw new Error(`--only ${only?.join(',')} names no source package; there are: ${[kernel.name, ...others.map(s => s.name)].join(', ')}`)

  const env = privateApt()
  console.log('apt-get update (private configuration in .cache/vm-image/apt, with deb-src)')
  execFileSync('apt-get', ['update', '-q'], { env, stdio: ['ignore', 'ignore', 'inherit'] })
  mkdirSync(dest, { recursive: true })
  let total = 0
  if (wantKernel) {
    total += kernel.size
    console.log(`${kernel.name}=${kernel.version} (the kernel's source, built by npm run vm:kernel): 1 file, ${(kernel.size / 1e6).toFixed(1)} MB`)
    console.log(`  ${vmImageLock.mirror}/${kernel.filename}  sha256 ${kernel.sha256}`)
    if (!dryRun) {
      const deb = fetchPinned(kernel, env)
      copyFileSync(deb, join(dest, deb.split('/').at(-1)!))
    }
  }
  for (const s of wanted) {
    const spec = `${s.name}=${s.version}`
    const uris = execFileSync('apt-get', ['source', '-q', '--print-uris', spec], { env, cwd: dest, encoding: 'utf8' })
      .split('\n')
      .filter(l => l.startsWith('\''))
      .map((l) => {
        const [uri, file, size] = l.split(' ')
        return { uri: uri!.slice(1, -1), file: file!, size: Number(size) }
      })
    if (uris.length === 0)
      throw new Error(`apt-get source found no files for ${spec}: has the version left the mirror? Look on https://snapshot.debian.org/package/${s.name}/${s.version}/`)
    const bytes = uris.reduce((n, u) => n + u.size, 0)
    total += bytes
    console.log(`${spec}: ${uris.length} files, ${(bytes / 1e6).toFixed(1)} MB`)
    for (const u of uris)
      console.log(`  ${u.uri}  ${(u.size / 1e6).toFixed(2)} MB`)
    if (!dryRun)
      execFileSync('apt-get', ['source', '-q', '--download-only', spec], { env, cwd: dest, stdio: 'inherit' })
  }
  console.log(`${dryRun ? 'would download' : `downloaded into ${dest}`}: ${(total / 1e6).toFixed(1)} MB in all`)
}

try {
  main()
}
catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
