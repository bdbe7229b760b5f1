/** `npm run bench`: every benchmark, one after another. Each prints its own figures. */
import { runBatchBench } from "./batch-bench";
import { runCheckBench } from "./check-bench";
import { runFunctionsBench } from "./functions-bench";
import { runPageBench } from "./page-bench";
import { runPaneBench } from "./pane-bench";
import { runReaderBench } from "./reader-bench";

async function main(): Promise<void> {
  runReaderBench(await runCheckBench());
  await runBatchBench();
  await runPageBench();
  await runPaneBench();
  await runFunctionsBench();
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
