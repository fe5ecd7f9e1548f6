export interface OrderProgressView {
  status: string;
  progress: { total: number; processed: number; succeeded?: number; failed?: number };
}

const WIDTH = 30;

/** One line: a bar of processed rows, the counts and the order's status. */
export function renderProgressBar(order: OrderProgressView): string {
  const { total, processed } = order.progress;
  const share = total > 0 ? Math.min(1, processed / total) : 0;
  const filled = Math.round(share * WIDTH);
  const bar = `${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}`;
  return `${bar} ${processed}/${total} (${Math.round(share * 100)}%) ${order.status}`;
}

/** Redraws the bar in place on a terminal; prints nothing when stderr is a file or a pipe. */
export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): { update(order: OrderProgressView): void; done(): void } {
  let drawn = false;
  return {
    update(order) {
      if (!stream.isTTY) return;
      stream.write(`\r${renderProgressBar(order)}\x1b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write("\n");
    },
  };
}
