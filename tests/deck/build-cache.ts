/**
 * Builds a deck entry unless the build in its folder was made from the same sources. The sources
 * are every file git would commit (tracked or new, not ignored) that can change what the build
 * holds: everything but the tests, the README and CI files. Their sha256s, with the environment
 * the build reads (DECK_URL), make one hash, stored in the build folder beside the build.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { buildSite } from '../../scripts/build-site'
import { childEnv } from './child-env'

const STAMP = '.source-hash'

/** Files that do not go into a build. */
const NOT_BUILT = [/^tests\//, /\.test\.ts$/, /^README\.md$/, /^\.ci\//, /^\.github\//]

/** The hash of everything the build of `entry` is made from. */
export function sourceHash(entry: string): string {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  if (listed.status !== 0)
    throw new Error(`git ls-files failed (${listed.stderr.trim()}): the deck tests hash the sources to know whether to rebuild; run them in a git checkout.`)
  const hash = createHash('sha256').update(`entry ${entry}\nDECK_URL ${process.env.DECK_URL ?? ''}\n`)
  for (const file of listed.stdout.split('\0').filter(Boolean).sort()) {
    if (NOT_BUILT.some(pattern => pattern.test(file)) || !existsSync(file))
      continue
    hash.update(`${file}\0`).update(createHash('sha256').update(readFileSync(file)).digest('hex'))
  }
  return hash.digest('hex')
}

/** Builds `entry` into `out` with Slidev, or keeps the build there if its sources have not changed. Says which. */
export async function buildIfChanged(entry: string, out: string): Promise<'built' | 'kept'> {
  const hash = sourceHash(entry)
  const stamp = join(out, STAMP)
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash)
    return 'kept'
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/@slidev/cli/bin/slidev.mjs', 'build', entry, '--out', out], { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Uint8Array) => (output += new TextDecoder().decode(chunk)))
    child.stderr.on('data', (chunk: Uint8Array) => (output += new TextDecoder().decode(chunk)))
    child.on('error', reject)
    child.on('close', code => code === 0 ? resolve() : reject(new Error(`slidev build ${entry} failed (exit ${code}):\n${output}`)))
  })
  writeFileSync(stamp, hash)
  return 'built'
}

/** Builds the site (scripts/build-site.ts: study deck, talk under talk/, downloads) into `out`, or keeps it if its sources have not changed. */
export async function buildSiteIfChanged(out: string): Promise<'built' | 'kept'> {
  const hash = sourceHash('site')
  const stamp = join(out, STAMP)
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash)
    return 'kept'
  await buildSite({ out, env: childEnv() })
  writeFileSync(stamp, hash)
  return 'built'
}
