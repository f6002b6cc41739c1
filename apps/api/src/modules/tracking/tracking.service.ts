// The tracking feature's services, one file each: set-up, bulk issue, code changes, link changes (the resolver's one import).
export { codeView, linkView, CODE_ATTEMPTS, DuplicateCodeError } from './tracking-shared';
export { setSiteDomains, updatePromotionTracking } from './tracking-settings.service';
export { issueTracking } from './tracking-issue.service';
export { replacePromoCode, updatePromoCodes } from './promo-code-changes.service';
export { updateTrackingLinks } from './tracking-link-changes.service';
