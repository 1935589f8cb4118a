import type { VmTranscriptStep } from '../../data/vm-demos'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { labSteps } from '../../data/lab'
import { vmDemos } from '../../data/vm-demos'
import { VM_CMDLINE, VM_HOSTNAME, VM_IMAGE_VERSION, VM_LAB_IMAGE, vmFiles, vmImageLock } from '../../data/vm-image'
import { vmLabImage } from '../../data/vm-lab-image'
import { vmTranscript } from '../../data/vm-transcript'
import { readCpio } from '../../scripts/cpio'
import { listFiles, readManifest, readSums } from '../../scripts/vm-files'

const root = resolve(__dirname, '../..')
const vmDir = join(root, 'public/vm')
const sha256 = (file: string): string => createHash('sha256').update(readFileSync(join(vmDir, file))).digest('hex')
const v86Version = (createRequire(import.meta.url)('v86/package.json') as { version: string }).version

describe('the VM image in public/vm', () => {
  const sums = readSums(vmDir)

  it('has every file the component loads', () => {
    for (const file of Object.values(vmFiles))
      expect(existsSync(join(vmDir, file)), `public/vm/${file} is missing: run npm run vm:image && npm run vm:state`).toBe(true)
  })

  it('matches SHA256SUMS, file for file', () => {
    expect(listFiles(vmDir)).toEqual([...sums.keys()].sort())
    for (const [file, expected] of sums)
      expect(sha256(file), `public/vm/${file} differs from SHA256SUMS`).toBe(expected)
  })

  it('says in manifest.json what it was built from', () => {
    const manifest = readManifest(vmDir)
    expect(manifest.imageVersion).toBe(VM_IMAGE_VERSION)
    expect(manifest.cmdline).toBe(VM_CMDLINE)
    expect(manifest.packages).toEqual(vmImageLock.packages.map(p => ({ name: p.name, version: p.version, sha256: p.sha256 })))
  })

  it('boots the project\'s own kernel, built from the pinned source with the committed config fragment', () => {
    const { kernel, kernelRelease } = readManifest(vmDir)
    expect(kernel, 'no kernel build recorded: run npm run vm:kernel').toBeDefined()
    const fragment = readFileSync(join(root, kernel!.config))
    expect(kernel!.configSha256, 'the config fragment changed since the kernel was built: run npm run vm:kernel').toBe(createHash('sha256').update(fragment).digest('hex'))
    expect(kernel!.bzImageSha256).toBe(sums.get(vmFiles.kernel))
    expect(kernel!.bzImageBytes).toBe(readFileSync(join(vmDir, vmFiles.kernel)).length)
    expect(kernel!.source).toEqual({ name: vmImageLock.kernelSource.name, version: vmImageLock.kernelSource.version, sha256: vmImageLock.kernelSource.sha256 })
    expect(kernel!.compiler).toMatch(/^gcc /)
    expect(kernel!.resolvedConfigSha256).toBe(sums.get('licenses/linux.config'))
    expect(kernelRelease).toBe(kernel!.release)
    // A bzImage: the "HdrS" boot protocol magic at 0x202.
    expect(new TextDecoder().decode(readFileSync(join(vmDir, vmFiles.kernel)).subarray(0x202, 0x206))).toBe('HdrS')
  })

  it('drops the kernel options only Debian\'s kernel knew from the command line', () => {
    expect(VM_CMDLINE).not.toMatch(/cryptomgr|noisapnp/)
    expect(VM_CMDLINE).toMatch(/console=ttyS0/)
  })

  it('has a saved state made from these very files, with the installed v86', () => {
    const { state } = readManifest(vmDir)
    expect(state, 'no saved state recorded: run npm run vm:state').toBeDefined()
    expect(state!.v86).toBe(v86Version)
    for (const [file, sha] of Object.entries(state!.madeFrom))
      expect(sha, `the state was made from another ${file}: run npm run vm:state`).toBe(sums.get(file))
    // zstd's magic number: v86 decompresses the state itself.
    expect([...readFileSync(join(vmDir, vmFiles.state)).subarray(0, 4)]).toEqual([0x28, 0xB5, 0x2F, 0xFD])
  })

  it('boots the committed /init and profile, with busybox and the console device', () => {
    const entries = readCpio(readFileSync(join(vmDir, vmFiles.initrd)))
    const file = (path: string): string => new TextDecoder().decode(entries.find(e => e.path === path)?.data)
    expect(file('init')).toBe(readFileSync(join(root, 'scripts/vm-rootfs/init'), 'utf8'))
    expect(file('etc/profile')).toBe(readFileSync(join(root, 'scripts/vm-rootfs/etc/profile'), 'utf8'))
    expect(file('init')).toContain(`hostname ${VM_HOSTNAME}`)
    expect(entries.find(e => e.path === 'dev/console')?.rdev).toEqual([5, 1])
    expect(entries.find(e => e.path === 'bin/busybox')?.data.length).toBeGreaterThan(1_000_000)
  })

  it('ships the lab\'s OCI image: a layout whose blobs are named by their sha256, and each layer unpacked', () => {
    const entries = readCpio(readFileSync(join(vmDir, vmFiles.initrd)))
    const at = VM_LAB_IMAGE.dir.slice(1)
    const file = (path: string): Uint8Array | undefined => entries.find(e => e.path === `${at}/${path}`)?.data
    expect(JSON.parse(new TextDecoder().decode(file('oci-layout')))).toEqual({ imageLayoutVersion: '1.0.0' })
    const index = JSON.parse(new TextDecoder().decode(file('index.json')))
    expect(index.manifests[0].digest).toBe(vmLabImage.manifestDigest)
    const blobs = entries.filter(e => e.path.startsWith(`${at}/blobs/sha256/`))
    expect(blobs.length, 'a manifest, a config and two layers').toBe(4)
    for (const b of blobs)
      expect(createHash('sha256').update(b.data).digest('hex')).toBe(b.path.split('/').at(-1))
    const manifest = JSON.parse(new TextDecoder().decode(file(`blobs/sha256/${vmLabImage.manifestDigest.slice(7)}`)))
    expect(manifest.layers.map((l: { digest: string }) => l.digest)).toEqual(vmLabImage.layers.map(l => l.digest))
    // Each layer unpacked where data/vm-lab-image.ts says; the base layer's BusyBox is /bin/busybox, stored once.
    const [base, app] = vmLabImage.layers
    const busybox = entries.find(e => e.path === 'bin/busybox')!
    const layerBusybox = entries.find(e => e.path === `${base!.dir.slice(1)}/bin/busybox`)!
    expect(layerBusybox.ino).toBe(busybox.ino)
    expect(entries.some(e => e.path === `${base!.dir.slice(1)}/bin/sh`)).toBe(true)
    expect(new TextDecoder().decode(entries.find(e => e.path === `${app!.dir.slice(1)}/www/index.html`)?.data)).toMatch(/Hello from a container/)
  })

  it('ships the licences: v86\'s notice, Debian\'s copyright files, the GPL and LGPL texts and the written offer', () => {
    expect(readFileSync(join(vmDir, 'licenses/v86.LICENSE'), 'utf8')).toMatch(/BSD|Redistribution and use/)
    for (const p of [vmImageLock.kernelSource, ...vmImageLock.packages])
      expect(existsSync(join(vmDir, `licenses/${p.name}.copyright`)), `licenses/${p.name}.copyright`).toBe(true)
    expect(readFileSync(join(vmDir, 'licenses/kernel.config'), 'utf8'), 'the kernel\'s config fragment ships with it').toBe(readFileSync(join(root, 'scripts/vm-kernel/kernel.config'), 'utf8'))
    expect(existsSync(join(vmDir, 'licenses/linux-image-6.1.0-50-686.copyright')), 'Debian\'s kernel no longer ships').toBe(false)
    for (const text of ['GPL-2', 'GPL-3', 'LGPL-2.1', 'LGPL-3'])
      expect(readFileSync(join(vmDir, 'licenses', text), 'utf8')).toMatch(/GNU (LESSER )?GENERAL PUBLIC LICENSE/)
    const offer = readFileSync(join(vmDir, 'licenses/WRITTEN-OFFER.md'), 'utf8')
    for (const p of vmImageLock.packages.flatMap(p => p.sources))
      expect(offer, `the written offer does not name ${p.name} ${p.version}`).toContain(`${p.name} ${p.version}`)
    const k = vmImageLock.kernelSource
    expect(offer, 'the written offer names the exact kernel source package').toContain(`\`${k.name}\` ${k.version}`)
    expect(offer).toContain(k.sha256)
    expect(offer).toContain('scripts/vm-kernel.ts')
  })
})

describe('the recorded transcript (data/vm-transcript.ts)', () => {
  const steps = (id: string): VmTranscriptStep[] => vmTranscript.demos.find(d => d.id === id)!.steps
  const after = (id: string, command: string, nth = 0): VmTranscriptStep =>
    steps(id).filter(s => s.command === command)[nth]!

  it('was recorded from this image, with the installed v86', () => {
    expect(vmTranscript.imageVersion).toBe(readManifest(vmDir).imageVersion)
    expect(vmTranscript.v86).toBe(v86Version)
  })

  it('ran exactly the demos\' commands, in order', () => {
    expect(vmTranscript.demos.map(d => ({ id: d.id, commands: d.steps.map(s => s.command) })))
      .toEqual(vmDemos.map(d => ({ id: d.id, commands: d.steps.map(s => s.command) })))
  })

  it('shows the VM\'s own kernel and CPU', () => {
    expect(after('vm', 'uname -a').output).toMatch(new RegExp(`^Linux ${VM_HOSTNAME} ${vmTranscript.kernelRelease} .* i686`))
    expect(after('vm', 'grep -m1 \'model name\' /proc/cpuinfo').output).toMatch(/^model name\s*: \S/)
  })

  it('shows the container\'s process from the host under an ordinary PID, and the same process as PID 1 inside, with only the container\'s processes', () => {
    const host = after('container', 'ps -o pid,comm | grep sleep').output.trim().split(/\s+/)
    expect(host[1], 'the host lists the sleep').toBe('sleep')
    expect(Number(host[0]), 'under an ordinary PID').toBeGreaterThan(1)
    const inside = after('container', 'ps -o pid,comm')
    expect(inside.prompt).toMatch(/^box:/)
    const ps = inside.output.split('\n').slice(1).map(line => line.trim().split(/\s+/))
    expect(ps[0], 'inside, the sleep is PID 1').toEqual(['1', 'sleep'])
    expect(ps.map(p => p[1])).toEqual(['sleep', 'sh', 'ps'])
  })

  it('shows the host name set inside staying inside, and the same kernel inside and out', () => {
    const before = after('container', 'uname -nr', 0)
    const inside = after('container', 'uname -nr', 1)
    const outside = after('container', 'uname -nr', 2)
    expect(before.output).toBe(`${VM_HOSTNAME} ${vmTranscript.kernelRelease}`)
    expect(inside.prompt).toMatch(/^box:/)
    expect(inside.output).toBe(`box ${vmTranscript.kernelRelease}`)
    expect(outside.prompt).toMatch(new RegExp(`^${VM_HOSTNAME}:`))
    expect(outside.output).toBe(before.output)
  })

  it('recorded the cold boot\'s key log lines in order, the kernel, init and shell milestones marked', () => {
    const log = vmTranscript.coldBootLog
    expect(log.filter(l => l.milestone).map(l => l.milestone)).toEqual(['kernel', 'init', 'shell'])
    expect(log[0].line).toMatch(/Linux version \d/)
    // The line is timed when it ends, the first-line timing when it begins.
    expect(log[0].seconds - vmTranscript.timings.coldBootFirstKernelLineSeconds).toBeGreaterThanOrEqual(0)
    expect(log[0].seconds - vmTranscript.timings.coldBootFirstKernelLineSeconds).toBeLessThan(1)
    expect(log.at(-1)!.seconds).toBe(vmTranscript.timings.coldBootToPromptSeconds)
  })

  it('shows the cgroup refusing the fork past pids.max', () => {
    expect(after('cgroup', 'sleep 30 & sleep 30 & sleep 30 &').output).toMatch(/can't fork: Resource temporarily unavailable/)
    expect(after('cgroup', 'cat box/pids.current box/pids.events').output).toMatch(/^2\nmax [1-9]/)
  })

  it('timed a container\'s start inside the VM, and the VM\'s boot and restore', () => {
    expect(after('timing', 'time unshare --pid --fork --mount-proc --uts true').output).toMatch(/^real\s+0m \d+\.\d+s/)
    const t = vmTranscript.timings
    expect(t.coldBootToPromptSeconds).toBeGreaterThan(t.coldBootFirstKernelLineSeconds)
    expect(t.restoreToPromptSeconds).toBeLessThan(t.coldBootToPromptSeconds)
    expect(t.coldBootToPromptSeconds).toBe(Math.min(...t.coldBootToPromptRuns))
    expect(t.restoreToPromptSeconds).toBe(Math.min(...t.restoreToPromptRuns))
    expect(vmTranscript.measuredOn).toMatch(/Node/)
  })

  it('recorded every lab step\'s commands, in order, each output matching what the lab expects', () => {
    expect(vmTranscript.lab.map(s => ({ id: s.id, commands: s.steps.map(c => c.command) })))
      .toEqual(labSteps.map(s => ({ id: s.id, commands: s.commands.map(c => c.command) })))
    for (const [i, step] of labSteps.entries()) {
      for (const [j, c] of step.commands.entries()) {
        const got = vmTranscript.lab[i]!.steps[j]!
        if (c.expect)
          expect(got.output, `lab ${step.id}: ${c.command}`).toMatch(c.expect)
        // Where it runs: the container's prompts say box (or, before it is renamed, come right after an unshare/nsenter).
        if (c.in === 'host')
          expect(got.prompt, `lab ${step.id}: ${c.command} runs on the host`).toMatch(new RegExp(`^${VM_HOSTNAME}:`))
      }
    }
  })

  it('timed the cold boot\'s stages, which add up to the boot', () => {
    const s = vmTranscript.timings.coldBootStages
    const sum = s.firmwareSeconds + s.decompressSeconds + s.kernelSeconds + s.initSeconds
    expect(Math.abs(sum - vmTranscript.timings.coldBootToPromptSeconds)).toBeLessThan(0.05)
    for (const v of Object.values(s))
      expect(v).toBeGreaterThan(0)
  })

  it('fits every prompt and command on one line of a 60-column terminal', () => {
    for (const s of vmTranscript.demos.flatMap(d => d.steps))
      expect((s.prompt + s.command).length, `${s.prompt}${s.command}`).toBeLessThanOrEqual(59)
  })

  it('holds no control sequences', () => {
    // eslint-disable-next-line no-control-regex
    const control = /[\x00-\x08\x0B-\x1F\x7F]/
    for (const s of vmTranscript.demos.flatMap(d => d.steps))
      expect(control.test(s.output + s.prompt), JSON.stringify(s.output)).toBe(false)
  })
})
