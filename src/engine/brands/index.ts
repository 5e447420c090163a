import type { Brand } from '../model';
import { amazon } from './amazon';

/** Built-in brand playbooks, sorted by id. Admins add their own through the policy's extraBrands. */
export const BUILT_IN_BRANDS: readonly Brand[] = [amazon];

export { brandOwningDomain, isBrandDomain } from './brand-domains';
export { claimedBrands } from './claimed-brands';
export type { BrandClaim, ClaimPlace } from './claimed-brands';
