/** What the preview's 打开文件… offers (the `accept` attribute); apart from openFile.ts, which is loaded on first use. */
export const OPEN_ACCEPT = '.docx,.docm,.txt,.md';
