/**
 * A one-line progress bar on stderr, redrawn in place, only when stderr is a terminal (quiet
 * when piped or redirected, so logs and tests see nothing of it).
 *
 *   analysing ██████████░░░░░░░░░░  12/24  003_kupiansk.txt
 *
 * Without a known total (articles read as they are analysed), the count alone:
 *
 *   analysing 12  003_kupiansk.txt
 */
interface Progress {
  tick(detail?: string): void;
  done(): void;
}

interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): boolean;
}

const WIDTH = 24;
const quiet: Progress = { tick() {}, done() {} };

export function progress(label: string, total: number | null, stream: ProgressStream = process.stderr): Progress {
  if (!stream.isTTY || (total !== null && total <= 0)) return quiet;
  let count = 0;
  let last = 0;
  const draw = (detail: string): void => {
    const filled = total === null ? 0 : Math.round((count / total) * WIDTH);
    const bar = '█'.repeat(filled) + '░'.repeat(WIDTH - filled);
    const line = total === null ? `${label} ${count}  ${detail}` : `${label} ${bar} ${count}/${total}  ${detail}`;
    stream.write('\r\x1b[2K' + line.slice(0, Math.max(20, (stream.columns ?? 80) - 1)));
  };
  draw('');
  return {
    tick(detail = '') {
      count++;
      // redraw at most every 50 ms, and always for the last item
      const now = Date.now();
      if (now - last < 50 && (total === null || count < total)) return;
      last = now;
      draw(detail);
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
}
