/** Writing the annotated copy to disk (Node). Never over the input; the copy lands whole or not at all. */
import { promises as fs } from "fs";
import * as path from "path";
import type { Finding } from "../../model/findings";
import { annotateWorkbook, AnnotateOptions } from "./annotate";
import { contentLostInCopy, PartLoss } from "./copy-losses";

export class OutputError extends Error {
  constructor(
    message: string,
    readonly reason: "same-as-input" | "write-failed",
  ) {
    super(message);
    this.name = "OutputError";
  }
}

/** True when both paths name the same file (same path after resolving links, or the same inode). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false; // the output does not exist yet
  }
}

/**
 * Writes `original` (the input file's bytes) with the findings marked to `outputPath`, and returns
 * what of the original the copy could not keep (charts, macros…; usually nothing).
 * Throws OutputError("same-as-input") when outputPath is the input file.
 */
export async function writeAnnotatedCopy(
  original: Uint8Array,
  inputPath: string,
  outputPath: string,
  findings: readonly Finding[],
  options: AnnotateOptions,
): Promise<PartLoss[]> {
  if (await sameFile(inputPath, outputPath)) throw new OutputError(outputPath, "same-as-input");
  const bytes = await annotateWorkbook(original, findings, { source: path.basename(inputPath), ...options });
  await writeWhole(outputPath, bytes);
  return contentLostInCopy(original, bytes);
}

/**
 * Writes bytes to a file whole or not at all: into a temporary file beside it, then renamed over it.
 * Throws OutputError("write-failed") with the system's message about `file`.
 */
export async function writeWhole(file: string, bytes: Uint8Array): Promise<void> {
  const temp = temporaryPath(file);
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    // The system's message names the temporary file; the user asked for `file`.
    throw new OutputError((e as Error).message.split(temp).join(file), "write-failed");
  }
}

/** The hidden name `file` is written under before the rename (removed by whoever sees a write die). */
export function temporaryPath(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
}
