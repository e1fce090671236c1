/** What the tests and moto agree on: moto's default account, the region and dummy credentials. */
export const REGION = 'us-east-1';
export const ACCOUNT_ID = '123456789012';
/** moto accepts any credentials; these keep the SDK from looking for real ones. */
export const TEST_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' } as const;
