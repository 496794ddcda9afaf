/**
 * The Nu Html Checker (vnu.jar from the npm package vnu-jar) over built pages.
 * It needs Java 11 or later: Debian's is installed when missing and we run as
 * root (as CI does), like Chromium for the browser tests.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface HtmlProblem {
  /** The page, relative to the checked folder: prototypen/x/index.html */
  file: string;
  line: number;
  column: number;
  message: string;
  /** The HTML around the problem. */
  extract: string;
}

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

function javaVersion(): number | undefined {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  if (!match) return undefined;
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

/** Makes sure Java 11+ is there for vnu.jar, or stops with the command to run. */
export function ensureJava(): void {
  if ((javaVersion() ?? 0) >= 11) return;
  if (process.getuid?.() === 0) {
    console.log('Java ontbreekt voor de HTML-controle; installeren met apt-get install -y default-jre-headless ...');
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', 'default-jre-headless'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if ((javaVersion() ?? 0) >= 11) return;
  }
  throw new Error('The HTML check needs Java 11 or later for vnu.jar:\n  sudo apt-get install -y default-jre-headless');
}

/** Runs vnu.jar once over `files` (paths relative to `root`) and returns its errors. Warnings are left out. */
export async function validateHtml(root: string, files: string[]): Promise<HtmlProblem[]> {
  ensureJava();
  const args = ['-jar', vnuJar, '--format', 'json', '--errors-only', ...files.map((file) => path.join(root, file))];
  // vnu exits 1 when it finds errors and writes its JSON report to stderr either way.
  const report = await new Promise<string>((resolve, reject) => {
    execFile('java', args, { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error && !stderr.trim().startsWith('{')) reject(new Error(`vnu.jar failed: ${error.message}\n${stderr}`));
      else resolve(stderr);
    });
  });
  const { messages } = JSON.parse(report) as { messages: Array<Record<string, any>> };
  return messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map((message) => ({
      file: message.url ? path.relative(root, decodeURIComponent(new URL(message.url).pathname)).split(path.sep).join('/') : '(onbekend)',
      line: message.lastLine ?? message.firstLine ?? 0,
      column: message.firstColumn ?? message.lastColumn ?? 0,
      message: message.message,
      extract: (message.extract ?? '').replace(/\s+/g, ' ').trim(),
    }));
}
