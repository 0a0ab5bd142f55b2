export type UploadAnswer = { status: number; retryAfter: string | null; text: string; bytes: number; headersMs: number; ms: number };
export function uploadUntilAnswered(url: string, body: Uint8Array, contentType?: string): Promise<UploadAnswer>;
