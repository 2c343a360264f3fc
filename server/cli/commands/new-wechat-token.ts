import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh WeChat "Token" (令牌): 32 letters or digits, each drawn uniformly from the CSPRNG. */
export function newWeChatToken(): string {
  let token = '';
  for (let i = 0; i < 32; i++) token += ALPHABET[randomInt(ALPHABET.length)];
  return token;
}
