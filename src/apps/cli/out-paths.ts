/**
 * Where the annotated copies go. One input: the --out path itself (or <folder>/<name>-校验.xlsx
 * when --out is a folder). Several inputs: <folder>/<name>-校验.xlsx for a folder, otherwise
 * <out name>-<input name>.xlsx beside --out. Names never collide with each other or an input.
 */
import * as path from "path";

export function planOutputs(inputs: readonly string[], out: string, outIsDirectory: boolean): string[] {
  const inputSet = new Set(inputs.map((f) => path.resolve(f)));
  const taken = new Set<string>();
  return inputs.map((input) => {
    const stem = path.basename(input, path.extname(input));
    let wanted: string;
    if (outIsDirectory) wanted = path.join(out, `${stem}-校验.xlsx`);
    else if (inputs.length === 1) wanted = out;
    else {
      wanted = path.join(path.dirname(out), `${path.basename(out, path.extname(out))}-${stem}.xlsx`);
    }
    // The lone-input case keeps the path asked for; a clash with the input is refused later.
    if (inputs.length === 1 && !outIsDirectory) return wanted;
    let candidate = wanted;
    for (let n = 2; taken.has(path.resolve(candidate)) || inputSet.has(path.resolve(candidate)); n++) {
      const ext = path.extname(wanted);
      candidate = path.join(path.dirname(wanted), `${path.basename(wanted, ext)}(${n})${ext}`);
    }
    taken.add(path.resolve(candidate));
    return candidate;
  });
}
