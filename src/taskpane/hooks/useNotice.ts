/** A single dismissible message for the outcome of the last action. */
import { useCallback, useState } from 'react';

export type NoticeIntent = 'success' | 'info' | 'warning' | 'error';

export interface Notice {
  intent: NoticeIntent;
  text: string;
}

export function useNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);
  const show = useCallback((intent: NoticeIntent, text: string) => setNotice({ intent, text }), []);
  const dismiss = useCallback(() => setNotice(null), []);
  return { notice, show, dismiss };
}
