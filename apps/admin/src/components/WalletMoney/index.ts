export * from './walletMoney';
export * from './WalletCard';
