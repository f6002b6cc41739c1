export { createApolloClient, type ApolloClientOptions } from './createApolloClient';
export { errorCode, errorMessageKey, fieldErrors, isNetworkError, type ApiErrorCode } from './errors';
