/** getAsFileAsync gives the .eml as Base64; postal-mime wants bytes. 'SGk=' => Uint8Array [72, 105]. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
