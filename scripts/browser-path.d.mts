export function chromiumExecutable(): string | undefined;
export const CHROMIUM_QUIET_FLAGS: string[];
