export declare const MOTO_MISSING: string;
export declare function startMoto(): Promise<{ endpoint: string; stop: () => Promise<void> }>;
export declare function createLambdaRole(endpoint: string, roleName: string): Promise<string>;
