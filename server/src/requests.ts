// How a request that waits for an analysis ends when it cannot be answered as asked: the client
// cancelled it, or the document changed while it waited (its positions and versions no longer
// hold). LSP has an error code for each; a client retries or drops the request on them, where an
// empty answer would wipe what the editor shows (the highlighting, the outline) until the next one.
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';

function cancelledError(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

export function contentModifiedError(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.ContentModified, 'The document changed while the request was being answered.');
}

export function isContentModified(error: unknown): boolean {
  return error instanceof ResponseError && error.code === LSPErrorCodes.ContentModified;
}

/**
 * `work`, or a RequestCancelled error as soon as the token is cancelled. The work itself goes on:
 * an analysis is shared by every feature, and the diagnostics still need it.
 */
export function unlessCancelled<T>(work: Promise<T> | T, token: CancellationToken | undefined): Promise<T> {
  if (!token) return Promise.resolve(work);
  if (token.isCancellationRequested) return Promise.reject(cancelledError());
  return new Promise<T>((resolve, reject) => {
    const listener = token.onCancellationRequested(() => {
      listener.dispose();
      reject(cancelledError());
    });
    Promise.resolve(work).then(
      (value) => {
        listener.dispose();
        resolve(value);
      },
      (error: unknown) => {
        listener.dispose();
        reject(error);
      },
    );
  });
}
