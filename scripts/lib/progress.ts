/** A one-line progress bar on a terminal; a line per 10% when output is piped (CI logs). */
export function progressPrinter(label: string): (done: number, total: number) => void {
  let lastDecile = -1;
  return (done, total) => {
    if (process.stdout.isTTY) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stdout.write(`\r${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total}`);
      if (done === total) process.stdout.write("\n");
      return;
    }
    const decile = Math.floor((done / total) * 10);
    if (decile !== lastDecile || done === total) {
      lastDecile = decile;
      console.log(`${label}: ${done}/${total}`);
    }
  };
}
