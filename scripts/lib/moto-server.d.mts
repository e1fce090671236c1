export declare const MOTO_MISSING: string;
export declare function startMoto(): Promise<{ endpoint: string; stop: () => Promise<void> }>;
