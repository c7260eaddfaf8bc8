import net from 'node:net';
import type { Bilingual } from '../../platform/http/problem';

/**
 * Which webhook URLs are accepted, pure: http(s), no user name or password in the URL, and — unless the
 * operator allows it (ZHUANHUA_WEBHOOK_ALLOW_PRIVATE=1, e.g. an intranet deployment) — no loopback, private,
 * link-local or unspecified address written as the host, so a webhook cannot be aimed at the platform's own
 * network. Names that resolve to such addresses are caught at delivery, on the addresses the socket dials
 * (webhookClient.ts, publicOnlyLookup), which also defeats DNS rebinding.
 */
export function webhookUrlProblem(raw: string, allowPrivateNetwork: boolean): Bilingual | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { zh: '不是有效的网址', en: 'Not a valid URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { zh: '网址须以 http:// 或 https:// 开头', en: 'The URL must start with http:// or https://' };
  if (url.username || url.password)
    return { zh: '网址中不能包含用户名或密码', en: 'The URL must not contain a user name or password' };
  if (!allowPrivateNetwork && isPrivateHost(url.hostname))
    return {
      zh: '不能向本机或内网地址推送（运营方可设置 ZHUANHUA_WEBHOOK_ALLOW_PRIVATE=1 允许）',
      en: 'Webhooks to loopback or private addresses are not allowed (operators may set ZHUANHUA_WEBHOOK_ALLOW_PRIVATE=1)',
    };
  return null;
}

export function isPrivateHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (net.isIPv4(h)) {
    const [a, b] = h.split('.').map(Number) as [number, number];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (net.isIPv6(h)) {
    if (h === '::' || h === '::1') return true;
    if (h.startsWith('fe8') || h.startsWith('fe9') || h.startsWith('fea') || h.startsWith('feb')) return true;
    if (h.startsWith('fc') || h.startsWith('fd')) return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
    if (mapped) return isPrivateHost(mapped[1]!);
    // The URL parser writes an IPv4-mapped address in hex ('::ffff:7f00:1').
    const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
    if (hex) {
      const hi = Number.parseInt(hex[1]!, 16);
      const lo = Number.parseInt(hex[2]!, 16);
      return isPrivateHost(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
    }
  }
  return false;
}
