// Makes sure a child process does not outlive us, even when we are killed with SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Kills `child` when this process exits. A normal exit runs the 'exit' hook; for a hard kill a tiny
 * shell watchdog holds a pipe from us and kills the child when that pipe closes. Returns a function
 * that stops watching (call it once the child has exited). `removeDir` is deleted after a hard kill.
 */
export function watchParent(child: ChildProcess, removeDir?: string): () => void {
  const onExit = () => child.kill('SIGKILL');
  process.once('exit', onExit);
  let watchdog: ChildProcess | null = null;
  if (process.platform !== 'win32' && child.pid) {
    // `read` returns at EOF, which happens exactly when our end of the pipe goes away.
    // The directory goes as an argument, never into the script text, so no quoting can break it.
    const script = 'read _ignored; kill -9 "$1" 2>/dev/null; [ -n "$2" ] && rm -rf "$2"';
    watchdog = spawn('sh', ['-c', script, 'watchdog', String(child.pid), removeDir ?? ''], {
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    // The watchdog must not keep our event loop alive, nor hold up our exit.
    watchdog.unref();
    watchdog.on('error', () => {});
    (watchdog.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  }
  return () => {
    process.removeListener('exit', onExit);
    watchdog?.kill('SIGKILL');
  };
}
