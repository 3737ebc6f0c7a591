/**
 * An analysis the pane stopped or refused (time limit, too large for Word's own thread). Its
 * `message` is one Chinese sentence for the pane to show as it is.
 */
export class AnalysisError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnalysisError';
    Object.setPrototypeOf(this, AnalysisError.prototype);
  }
}
