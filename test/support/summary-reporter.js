// Prints one plain closing line ("N passed, N failed") so CI logs state the count in any language.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`\ntests: ${results.numPassedTests} passed, ${results.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : "") + "\n");
  }
}
module.exports = SummaryReporter;
