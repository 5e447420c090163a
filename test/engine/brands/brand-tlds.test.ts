import { BUILT_IN_BRANDS, brandOwningDomain, isBrandDomain } from '../../../src/engine/brands';

// A .brand top-level domain (ICANN Specification 13) holds only its owner's names: Apple Card's mail comes from
// post.applecard.apple, which no playbook lists but nobody else can register.
const brand = (id: string) => {
  const found = BUILT_IN_BRANDS.find((b) => b.id === id);
  if (!found) throw new Error(`no playbook ${id}`);
  return found;
};

describe('.brand top-level domains', () => {
  it("reads a host under the brand's own TLD as the brand's", () => {
    expect(isBrandDomain('post.applecard.apple', brand('apple'))).toBe(true);
    expect(isBrandDomain('email.post.applecard.apple', brand('apple'))).toBe(true);
    expect(brandOwningDomain('applecard.apple', BUILT_IN_BRANDS)?.id).toBe('apple');
    expect(brandOwningDomain('about.google', BUILT_IN_BRANDS)?.id).toBe('google');
  });

  it("does not give a brand another brand's TLD, nor a country code or open TLD that shares a name", () => {
    expect(isBrandDomain('post.applecard.apple', brand('amazon'))).toBe(false);
    // '.bb' is Barbados, not Banco do Brasil; '.ing' is open to anyone, not ING's.
    expect(brandOwningDomain('shop.bb', BUILT_IN_BRANDS)).toBeUndefined();
    expect(brandOwningDomain('verify.ing', BUILT_IN_BRANDS)).toBeUndefined();
    // The brand's name as a label elsewhere is no TLD of its own.
    expect(brandOwningDomain('apple.account-verify.com', BUILT_IN_BRANDS)).toBeUndefined();
  });
});
