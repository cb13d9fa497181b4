/**
 * The one error shape of the HTTP API: `{"error":{"code","message"}}`. Routes throw or return an ApiError
 * for a caller's mistake; anything else becomes a generic 500 that leaks nothing.
 */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ErrorBody {
  error: { code: string; message: string };
}

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}
