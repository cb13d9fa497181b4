/**
 * The load process's side of `startLoadProcess` (bench/load-process.ts): says it is ready (`hello`), waits
 * for the suite's one message, runs, and answers with `{ type: 'result', result }` or `{ type: 'error',
 * message }`; then `after` (closing what it serves) and it lets go of the channel.
 */
export function answerSuite<Go, Result>(
  run: (go: Go) => Promise<Result>,
  hello: { readonly type: string; readonly [fact: string]: unknown } = { type: 'ready' },
  after: () => Promise<void> | void = () => {},
): void {
  const tell = (message: unknown) => process.send?.(message);
  process.once('message', (go: Go) => {
    run(go)
      .then(
        (result) => tell({ type: 'result', result }),
        (error: unknown) => tell({ type: 'error', message: String((error as Error).message ?? error) }),
      )
      .finally(async () => {
        await after();
        process.disconnect?.();
      });
  });
  tell(hello);
}
