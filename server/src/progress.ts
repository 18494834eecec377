// Work-done progress for a long analysis: the editor shows "Proofreading big.txt" (in its status
// bar, in VS Code) while the first problems of a large article are still being found.
import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import { localize, type Locale } from './convert';
import type { LongWork } from './documents';

export function analysisProgress(connection: Connection, uri: string, locale: Locale): LongWork {
  let reporter: WorkDoneProgressServerReporter | undefined;
  let finished = false;
  const name = fileName(uri);
  // the client must accept the progress token before it is used; the analysis may end first
  connection.window.createWorkDoneProgress().then(
    (r) => {
      reporter = r;
      r.begin(localize({ en: 'Proofreading', zh: '正在校对' }, locale), undefined, name);
      if (finished) r.done();
    },
    () => undefined, // a client that refuses the token shows nothing, and nothing else changes
  );
  return {
    done() {
      finished = true;
      reporter?.done();
    },
  };
}

/** The last part of a URI, decoded unless its escapes are broken (a URI is whatever the client sent). */
function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
