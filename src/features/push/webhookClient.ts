import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net, { type LookupFunction } from 'node:net';
import { isPrivateHost } from './webhookUrl';

/** What a webhook POST answers: the status and (bounded) body text. */
export interface WebhookResponse {
  status: number;
  ok: boolean;
  text(): Promise<string>;
}

export interface WebhookPostInit {
  method: 'POST';
  headers: Record<string, string>;
  body: string;
  redirect: 'manual';
  signal: AbortSignal;
}

/** The HTTP client delivery uses; global `fetch` fits it too (tests may pass one). */
export type WebhookPost = (url: string, init: WebhookPostInit) => Promise<WebhookResponse>;

/** The body of a refusing receiver is kept for the delivery log up to this many bytes. */
const MAX_BODY_BYTES = 4_096;

/**
 * A resolver that refuses loopback, private, link-local and unspecified addresses. It runs when the socket
 * connects, on the addresses actually dialled, so a name that resolved to a public address when the
 * subscription was saved and to 127.0.0.1 now (DNS rebinding) is still refused.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '', 0);
    const list = addresses as dns.LookupAddress[];
    const refused = list.find((a) => isPrivateHost(a.address));
    if (refused || list.length === 0) {
      const e = Object.assign(
        new Error(
          refused
            ? `${hostname} resolves to ${refused.address}, a loopback or private address: webhooks may not reach the platform's own network (ZHUANHUA_WEBHOOK_ALLOW_PRIVATE=1 allows it)`
            : `${hostname} has no address`,
        ),
        { code: refused ? 'EPRIVATEADDRESS' : 'ENOTFOUND' },
      );
      return callback(e, '', 0);
    }
    if (options.all) return callback(null, list);
    const first = list[0]!;
    return callback(null, first.address, first.family);
  });
};

/**
 * POSTs a webhook with node:http(s): no redirects followed, a time-out through `signal`, and — unless the
 * operator allows private networks — every address dialled checked by {@link publicOnlyLookup}.
 */
export function webhookPost(options: { allowPrivateNetwork: boolean }): WebhookPost {
  return (raw, init) =>
    new Promise<WebhookResponse>((resolve, reject) => {
      const url = new URL(raw);
      // An address written as the host is dialled without a lookup: check it here. Names are checked by the
      // lookup, on what they resolve to when the socket connects.
      if (
        !options.allowPrivateNetwork &&
        net.isIP(url.hostname.replace(/^\[|\]$/g, '')) &&
        isPrivateHost(url.hostname)
      ) {
        reject(new Error(`${url.hostname} is a loopback or private address: webhooks may not reach it`));
        return;
      }
      const client = url.protocol === 'https:' ? https : http;
      const req = client.request(
        url,
        {
          method: init.method,
          headers: { ...init.headers, 'content-length': String(Buffer.byteLength(init.body)) },
          signal: init.signal,
          ...(options.allowPrivateNetwork ? {} : { lookup: publicOnlyLookup }),
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            if (size < MAX_BODY_BYTES) chunks.push(chunk);
            size += chunk.length;
          });
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            const body = Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString('utf8');
            resolve({ status, ok: status >= 200 && status < 300, text: async () => body });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(init.body);
    });
}
