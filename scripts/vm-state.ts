import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
/**
 * `npm run vm:state`: makes public/vm/state.bin.zst, the saved state the slide restores in about a
 * second. Boots the built kernel and initramfs once in Node with v86, waits for the shell, drops
 * the page cache (the kernel was booted with init_on_free=1, so freed pages are zero and compress
 * away), lets the shell restart with an empty history, saves the machine and compresses it with
 * zstd (v86 recognises zstd's magic number and decompresses the state itself). Then it restores
 * the result once to check that the shell answers, and updates manifest.json and SHA256SUMS.
 */
import process from 'node:process'
import { promptAtEnd } from '../composables/vm-console'
import { vmFiles } from '../data/vm-image'
import { updateManifest, writeSums } from './vm-files'
import { startVm, v86Version, vmDir } from './vm-node'

const BOOT_TIMEOUT_MS = 120_000

async function main(): Promise<void> {
  console.log('cold boot in Node …')
  const vm = await startVm('boot')
  const bootMs = await vm.waitFor(t => promptAtEnd(t) !== undefined, BOOT_TIMEOUT_MS, 'the first shell prompt')
  console.log(`prompt after ${(bootMs / 1000).toFixed(1)} s`)
  // Drop the page cache, then leave the shell: /init starts a fresh one (no history of this line).
  const before = vm.output().length
  vm.emulator.serial0_send('sync; echo 3 > /proc/sys/vm/drop_caches; exit\n')
  await vm.waitFor(t => promptAtEnd(t.slice(before)) !== undefined && t.slice(before).includes('exit'), 30_000, 'the new shell')
  await new Promise(r => setTimeout(r, 500))
  const state = new Uint8Array(await vm.emulator.save_state())
  await vm.destroy()

  const raw = join(vmDir, 'state.bin.tmp')
  writeFileSync(raw, state)
  execFileSync('zstd', ['-q', '-f', '-19', raw, '-o', join(vmDir, vmFiles.state)])
  rmSync(raw)
  console.log(`state: ${(state.length / 2 ** 20).toFixed(1)} MiB raw, ${(statSync(join(vmDir, vmFiles.state)).size / 2 ** 20).toFixed(2)} MiB zstd`)

  const check = await startVm('restore')
  const at = check.output().length
  check.emulator.serial0_send('\n')
  const restoreMs = await check.waitFor(t => promptAtEnd(t.slice(at)) !== undefined, 30_000, 'a prompt after restore')
  console.log(`restored: prompt ${(restoreMs / 1000).toFixed(2)} s after start`)
  console.log(`uname -r after restore: ${(await check.run('uname -r')).split(/\r?\n/)[1]}`)
  // The clock: /init sets it from the host's line that vm-node sends on ttyS1 after a restore.
  const guestNow = Number((await check.run('date +%s')).split(/\r?\n/)[1])
  const skew = Math.abs(guestNow - Date.now() / 1000)
  if (!(skew < 10))
    throw new Error(`After restore the guest's clock is ${skew.toFixed(0)} s off the host's: /init's clock loop on ttyS1 did not set it.`)
  console.log(`clock after restore: within ${skew.toFixed(1)} s of the host`)
  await check.destroy()

  const sha = (f: string): string => createHash('sha256').update(readFileSync(join(vmDir, f))).digest('hex')
  updateManifest(vmDir, {
    state: {
      v86: v86Version,
      madeAt: new Date().toISOString(),
      bootToPromptSeconds: Math.round(bootMs / 100) / 10,
      madeFrom: { [vmFiles.kernel]: sha(vmFiles.kernel), [vmFiles.initrd]: sha(vmFiles.initrd), [vmFiles.bios]: sha(vmFiles.bios), [vmFiles.vgaBios]: sha(vmFiles.vgaBios) },
    },
  })
  writeSums(vmDir)
  console.log('next: npm run vm:transcript')
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
