export { createApolloClient, type ApolloClientOptions } from './createApolloClient';
export {
  API_ERROR_CODES,
  errorCode,
  errorMessage,
  errorMessageKey,
  fieldErrorPaths,
  fieldErrors,
  isNetworkError,
  type ApiErrorCode,
} from './errors';
