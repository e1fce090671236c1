export const handler = async (event) => ({
  statusCode: 200,
  body: JSON.stringify({ message: 'Hello from lambda-deploy', path: event?.rawPath ?? '/' }),
});
