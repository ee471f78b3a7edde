/**
 * How the kit tests build and start a program in each language, inside one temporary folder: Java
 * compiles every file with one javac, Go builds every program with one `go build` (its cache in
 * the folder too), the others run their file as it is. Nothing is cached outside the folder.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SnippetLanguage } from '../../shared/kits/languages.ts';
import type { KitRun } from './drive-kit.ts';

export interface Program {
  /** The file's name as the generator names it. */
  fileName: string;
  text: string;
}

export interface Toolchain {
  /** Writes the programs into `dir` and builds them (once for all). */
  prepare(dir: string, programs: Program[]): Promise<void>;
  run(dir: string, fileName: string): KitRun;
}

export interface Exec {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function exec(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<Exec> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (err) => resolve({ code: null, stdout, stderr: `${stderr}${String(err)}` }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function mustExec(what: string, command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<void> {
  const r = await exec(command, args, options);
  if (r.code !== 0) throw new Error(`${what} failed (${command} ${args.join(' ')}):\n${r.stdout}${r.stderr}`);
}

function writeAll(dir: string, programs: Program[]): void {
  mkdirSync(dir, { recursive: true });
  for (const p of programs) writeFileSync(join(dir, p.fileName), p.text);
}

const asIs = (command: string, env?: Record<string, string>): Toolchain => ({
  async prepare(dir, programs) {
    writeAll(dir, programs);
  },
  run: (dir, fileName) => ({ command, args: [fileName], cwd: dir, env }),
});

/** Debian's python3 has python3-cryptography; a pyenv python3 earlier on PATH may not. */
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const onPath = (name: string) => (process.env.PATH ?? '').split(':').some((d) => d && existsSync(join(d, name)));

function goEnv(dir: string): Record<string, string> {
  return {
    GOCACHE: join(dir, '.gocache'),
    GOPATH: join(dir, '.gopath'),
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    GOFLAGS: '-mod=mod',
    GOENV: 'off',
    HOME: dir,
    // Without a C compiler Go 1.19 cannot link net with cgo; the pure-Go build is slower but works.
    ...(onPath('gcc') ? {} : { CGO_ENABLED: '0' }),
  };
}

const goName = (fileName: string) => fileName.replace(/\.go$/, '');

/**
 * Short-lived JVMs: C1 only and the serial collector start fastest; no perf data file, which the JVM
 * would otherwise write under the system's temporary folder, outside the test's own.
 */
const JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-XX:-UsePerfData', '-Xshare:auto'];

export const TOOLCHAINS: Record<Exclude<SnippetLanguage, 'csharp'>, Toolchain> = {
  curl: asIs('sh'),
  node: asIs(process.execPath),
  python: asIs(PYTHON, { PYTHONDONTWRITEBYTECODE: '1' }),
  php: asIs('php'),
  ruby: asIs('ruby'),
  java: {
    async prepare(dir, programs) {
      writeAll(dir, programs);
      // One javac for every kit and snippet; C1 only halves its CPU time on a compile this short.
      await mustExec('javac', 'javac', [...JVM_FLAGS.map((f) => `-J${f}`), '-encoding', 'UTF-8', '-d', 'classes', ...programs.map((p) => p.fileName)], { cwd: dir });
    },
    run: (dir, fileName) => ({ command: 'java', args: [...JVM_FLAGS, '-cp', 'classes', fileName.replace(/\.java$/, '')], cwd: dir }),
  },
  go: {
    async prepare(dir, programs) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'go.mod'), 'module kits\n\ngo 1.19\n');
      for (const p of programs) writeAll(join(dir, goName(p.fileName)), [{ fileName: 'main.go', text: p.text }]);
      await mustExec('go build', 'go', ['build', '-o', 'bin/', './...'], { cwd: dir, env: goEnv(dir) });
    },
    run: (dir, fileName) => ({ command: join(dir, 'bin', goName(fileName)), args: [], cwd: dir }),
  },
};
