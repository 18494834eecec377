// Work done in steps: a generator that yields between the parts of a long job, so that a caller
// (the server) can serve other messages between them, or run it through in one go.

/** Runs the steps to the end and returns their result. */
export function finish<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
