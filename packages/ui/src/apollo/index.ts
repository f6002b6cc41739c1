export { createApolloClient, type ApolloClientOptions } from './createApolloClient';
export { errorCode, errorMessage, errorMessageKey, fieldErrorPaths, fieldErrors, isNetworkError, type ApiErrorCode } from './errors';
