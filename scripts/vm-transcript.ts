/**
 * `npm run vm:transcript`: runs every demo of data/vm-demos.ts in the committed image and records
 * the real output into data/vm-transcript.ts, the transcript that print and export show. It first
 * cold-boots the kernel three times (to time it, stage by stage), then restores the saved state
 * (timed too) and types each demo's commands in order, as the slide does; then, in a fresh
 * restore, every step of the lab (data/lab.ts), each in a fresh restore as the deck runs it.
 * Nothing in the transcript is typed by hand. `-- --lab` records only the lab again.
 *
 * `-- --previous-kernel DIR` instead times cold boots of another kernel and initramfs (DIR/bzImage,
 * DIR/initramfs.cpio.gz, image 1's: Debian's kernel from image 1, `git show <commit>:public/vm/bzImage`) in
 * the same way and records them in manifest.json as previousKernel.nodeBootStages.
 */
import type { VmTranscript, VmTranscriptStep } from '../data/vm-demos'
import type { NodeVm } from './vm-node'
import { existsSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { commandOutput, expandTabs, promptAtEnd, stripControl } from '../composables/vm-console'
import { labSteps } from '../data/lab'
import { vmDemos } from '../data/vm-demos'
import { VM_HOST_SERIAL, VM_IMAGE_VERSION, vmHostLine } from '../data/vm-image'
import { LAB_SETUP } from '../vm/lab-session'
import { tsLiteral } from './ts-literal'
import { readManifest, updateManifest } from './vm-files'
import { repoRoot, startVm, v86Version, vmDir } from './vm-node'

const round = (ms: number): number => Math.round(ms / 10) / 100
/** The lab's terminal width in the recording (its overlay mount line is over 120 characters with its prompt). */
const LAB_COLUMNS = 160
/** Runs of the cold boot and of the restore; the transcript keeps the fastest of each. */
const RUNS = 3

/** CPU seconds (user + system) this process has used since `from`. */
function cpuSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from)
  return round((used.user + used.system) / 1000)
}

/**
 * The boot log's lines worth printing, each kept at its first match, and the milestone a line
 * marks: the kernel starting, its memory, unpacking the initramfs, running /init. (The firmware
 * and the kernel's decompression print nothing on this console.)
 */
const KEY_LINES: { pattern: RegExp, milestone?: 'kernel' | 'init' }[] = [
  { pattern: /Linux version \d/, milestone: 'kernel' },
  { pattern: /Memory: \d/ },
  { pattern: /Unpacking initramfs|Trying to unpack rootfs/ },
  { pattern: /Freeing initrd memory/ },
  { pattern: /Run \/init as init process/, milestone: 'init' },
]

/** The key lines of a cold boot's log, with the second each appeared and the milestone it marks. */
function keyLines(lines: { ms: number, text: string }[], promptMs: number, prompt: string): VmTranscript['coldBootLog'] {
  const log: VmTranscript['coldBootLog'] = []
  const left = [...KEY_LINES]
  for (const { ms, text } of lines) {
    const line = stripControl(text).trimEnd()
    const at = left.findIndex(k => k.pattern.test(line))
    if (at === -1)
      continue
    const [{ milestone }] = left.splice(at, 1)
    log.push({ seconds: round(ms), line, ...(milestone ? { milestone } : {}) })
  }
  log.push({ seconds: round(promptMs), line: prompt.trimEnd(), milestone: 'shell' })
  return log
}

type Stages = VmTranscript['timings']['coldBootStages']

async function coldBoot(other?: { kernel: string, initrd: string }): Promise<{ firstLine: number, prompt: number, cpu: number, log: VmTranscript['coldBootLog'], stages: Stages }> {
  const cpu = process.cpuUsage()
  const vm = await startVm('boot', other)
  const firstLine = await vm.waitFor(t => t.includes('Linux version'), 300_000, 'the first kernel message')
  const init = await vm.waitFor(t => /Run \/init as init process/.test(t), 300_000, 'the kernel running /init')
  const prompt = await vm.waitFor(t => promptAtEnd(t) !== undefined, 300_000, 'the shell prompt')
  const cpuSeconds = cpuSince(cpu)
  const log = keyLines(vm.lines(), prompt, promptAtEnd(vm.output())!)
  const { decompressorMs, kernelMs } = vm.cpuMilestones()
  await vm.destroy()
  if (decompressorMs === undefined || kernelMs === undefined)
    throw new Error('The boot\'s CPU milestones were not seen (the decompressor at 1 MiB, the kernel at 3 GiB): has v86 changed how it exposes the instruction pointer?')
  const stages = {
    firmwareSeconds: round(decompressorMs),
    decompressSeconds: round(kernelMs - decompressorMs),
    kernelSeconds: round(init - kernelMs),
    initSeconds: round(prompt - init),
  }
  return { firstLine: round(firstLine), prompt: round(prompt), cpu: cpuSeconds, log, stages }
}

/** Times cold boots of another kernel (Debian's, image 1) and records them in the manifest. */
async function previousKernel(dir: string): Promise<void> {
  const files = { kernel: resolve(dir, 'bzImage'), initrd: resolve(dir, 'initramfs.cpio.gz') }
  for (const f of Object.values(files)) {
    if (!existsSync(f))
      throw new Error(`${f} is missing: put image 1's files there, e.g. git show <commit>:public/vm/bzImage > ${files.kernel}`)
  }
  const manifest = readManifest(vmDir)
  if (!manifest.previousKernel)
    throw new Error('manifest.json has no previousKernel entry to add the timings to.')
  const load = loadavg()[0]
  const runs = []
  for (let i = 1; i <= RUNS; i++) {
    const c = await coldBoot(files)
    console.log(`cold boot ${i}/${RUNS} of ${dir}: prompt ${c.prompt} s, stages ${JSON.stringify(c.stages)}`)
    runs.push(c)
  }
  const fastest = runs.reduce((a, b) => (b.prompt < a.prompt ? b : a))
  updateManifest(vmDir, {
    previousKernel: {
      ...manifest.previousKernel,
      nodeBootStages: {
        ...fastest.stages,
        totalSeconds: fastest.prompt,
        measuredOn: `Node ${process.version}, v86 ${v86Version}, ${cpus().length} CPU cores shared with other work (load average ${load.toFixed(1)} at the start); the fastest of ${RUNS} runs, ${new Date().toISOString().slice(0, 10)}`,
      },
    },
  })
  console.log('recorded in public/vm/manifest.json (previousKernel.nodeBootStages); run npm run vm:state to update SHA256SUMS, or scripts/vm-files writeSums')
}

/** Types each command of each step at the console, recording the real output. */
async function typeSteps(vm: NodeVm, list: { id: string, title: string, commands: string[] }[], prompt: string): Promise<{ recorded: { id: string, title: string, steps: VmTranscriptStep[] }[], prompt: string }> {
  const recorded = []
  for (const item of list) {
    const steps: VmTranscriptStep[] = []
    for (const command of item.commands) {
      const t0 = performance.now()
      const raw = await vm.run(command, 60_000)
      const ms = Math.round(performance.now() - t0)
      const { output, prompt: next } = commandOutput(raw, command)
      // A person types the next command a moment later: give a job started with & that moment to
      // start (a ps at once could catch it before its exec).
      if (command.endsWith('&'))
        await new Promise(r => setTimeout(r, 500))
      steps.push({ prompt, command, output: expandTabs(output).replace(/^\n+|\n+$/g, ''), ms })
      console.log(`${prompt}${command}\n${output ? `${output}\n` : ''}`)
      prompt = next
    }
    recorded.push({ id: item.id, title: item.title, steps })
  }
  return { recorded, prompt }
}

async function restore(): Promise<{ vm: NodeVm, prompt: number, cpu: number }> {
  const cpu = process.cpuUsage()
  const vm = await startVm('restore')
  const at = vm.output().length
  vm.emulator.serial0_send('\n')
  const prompt = round(await vm.waitFor(t => promptAtEnd(t.slice(at)) !== undefined, 60_000, 'a prompt after restore'))
  return { vm, prompt, cpu: cpuSince(cpu) }
}

/**
 * Every step of the lab as a learner gets it: each in a fresh restore, with what the step needs
 * from the steps before it (LAB_SETUP) typed first and left out of the record, as the deck does,
 * in a terminal wide enough for the longest command (the overlay mount) not to wrap.
 */
async function recordLab(): Promise<VmTranscript['lab']> {
  const lab: VmTranscript['lab'] = []
  for (const step of labSteps) {
    const { vm } = await restore()
    vm.emulator.serial_send_bytes(VM_HOST_SERIAL, new TextEncoder().encode(vmHostLine({ cols: LAB_COLUMNS, rows: 40 })))
    await new Promise(r => setTimeout(r, 1000))
    // The new terminal size redraws the prompt on the same line: keep one.
    let prompt = promptAtEnd(vm.output())!.replace(/^(.+?[#$] )\1+$/, '$1')
    for (const command of LAB_SETUP[step.id] ?? [])
      prompt = commandOutput(await vm.run(command, 60_000), command).prompt
    lab.push(...(await typeSteps(vm, [{ id: step.id, title: step.title, commands: step.commands.map(c => c.command) }], prompt)).recorded)
    await vm.destroy()
  }
  return lab
}

/** Writes data/vm-transcript.ts. */
function writeTranscript(transcript: VmTranscript): void {
  const file = [
    '// Generated by `npm run vm:transcript` — do not edit.',
    `// The real output of data/vm-demos.ts's commands in the live VM: image ${transcript.imageVersion}`,
    `// (Linux ${transcript.kernelRelease}), v86 ${transcript.v86}, recorded ${transcript.recordedAt}${transcript.labRecordedAt ? ` (the lab ${transcript.labRecordedAt})` : ''}.`,
    'import type { VmTranscript } from \'./vm-demos\'',
    '',
    `export const vmTranscript: VmTranscript = ${tsLiteral(transcript)}`,
    '',
  ].join('\n')
  writeFileSync(join(repoRoot, 'data/vm-transcript.ts'), file)
  console.log('wrote data/vm-transcript.ts')
}

async function main(): Promise<void> {
  const previous = process.argv.indexOf('--previous-kernel')
  if (previous !== -1)
    return previousKernel(process.argv[previous + 1]!)
  if (process.argv.includes('--lab')) {
    // Only the lab again (after a change to data/lab.ts): the demos and timings stay as recorded.
    const { vmTranscript } = await import('../data/vm-transcript')
    if (vmTranscript.imageVersion !== readManifest(vmDir).imageVersion)
      throw new Error(`data/vm-transcript.ts was recorded in image ${vmTranscript.imageVersion}, public/vm is image ${readManifest(vmDir).imageVersion}: record everything (npm run vm:transcript).`)
    return writeTranscript({ ...vmTranscript, lab: await recordLab(), labRecordedAt: new Date().toISOString() })
  }
  const load = loadavg()[0]
  const manifest = readManifest(vmDir)
  if (manifest.imageVersion !== VM_IMAGE_VERSION)
    throw new Error(`public/vm is image ${manifest.imageVersion} but data/vm-image.ts says ${VM_IMAGE_VERSION}: rebuild (npm run vm:image && npm run vm:state) or fix the version.`)
  // The machine may be busy with other work: time several runs and keep the fastest (the least
  // disturbed), listing every run.
  const colds = []
  for (let i = 1; i <= RUNS; i++) {
    console.log(`cold boot ${i}/${RUNS} …`)
    const c = await coldBoot()
    console.log(`  first kernel line ${c.firstLine} s, prompt ${c.prompt} s (${c.cpu} s of CPU); stages ${JSON.stringify(c.stages)}`)
    colds.push(c)
  }
  const cold = colds.reduce((a, b) => (b.prompt < a.prompt ? b : a))

  const restores = []
  for (let i = 1; i <= RUNS - 1; i++) {
    const r = await restore()
    console.log(`restore ${i}/${RUNS}: prompt ${r.prompt} s (${r.cpu} s of CPU)`)
    restores.push(r)
    await r.vm.destroy()
  }
  // The last restore runs the demos.
  const last = await restore()
  console.log(`restore ${RUNS}/${RUNS}: prompt ${last.prompt} s (${last.cpu} s of CPU)`)
  restores.push(last)
  const vm = last.vm
  const fastest = restores.reduce((a, b) => (b.prompt < a.prompt ? b : a))
  const prompt = promptAtEnd(vm.output())!

  const demoRun = await typeSteps(vm, vmDemos.map(d => ({ id: d.id, title: d.title, commands: d.steps.map(s => s.command) })), prompt)
  const demos = demoRun.recorded as VmTranscript['demos']
  await vm.destroy()

  const lab = await recordLab()

  const transcript: VmTranscript = {
    imageVersion: manifest.imageVersion,
    kernelRelease: manifest.kernelRelease,
    v86: v86Version,
    recordedAt: new Date().toISOString(),
    measuredOn: `Node ${process.version} with v86 (WebAssembly) on the machine that recorded this transcript: ${cpus().length} CPU cores shared with other work (load average ${load.toFixed(1)} at the start); the fastest of ${RUNS} runs`,
    timings: {
      coldBootFirstKernelLineSeconds: cold.firstLine,
      coldBootToPromptSeconds: cold.prompt,
      restoreToPromptSeconds: fastest.prompt,
      coldBootCpuSeconds: cold.cpu,
      restoreCpuSeconds: fastest.cpu,
      coldBootToPromptRuns: colds.map(c => c.prompt),
      restoreToPromptRuns: restores.map(r => r.prompt),
      coldBootStages: cold.stages,
    },
    coldBootLog: cold.log,
    demos,
    lab,
  }
  writeTranscript(transcript)
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
