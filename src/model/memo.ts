/**
 * Answers remembered per text. Labels, names and titles repeat across a county workbook (every
 * department writes 行政运行 and the same 收支总表 rows), so the patterns behind an answer run
 * once per distinct text. Bounded: past `limit` texts the memory starts over instead of growing
 * without end on a workbook of many different texts.
 */
export function memoByText<T>(compute: (text: string) => T, limit = 20000): (text: string) => T {
  const answers = new Map<string, T>();
  return (text: string): T => {
    let answer = answers.get(text);
    if (answer === undefined) {
      answer = compute(text);
      if (answers.size >= limit) answers.clear();
      answers.set(text, answer);
    }
    return answer;
  };
}
