/**
 * Teardown that cannot hang the runner: resolves when `work` settles or after `ms`, whichever
 * comes first. Native media objects (rtc-node streams and rooms, a browser) sometimes never answer
 * a close on a loaded machine; the processes behind them are killed by the runner anyway.
 */
export async function bounded(work: () => Promise<unknown>, ms = 5000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    work().catch(() => undefined),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))),
  ]);
  clearTimeout(timer);
}
