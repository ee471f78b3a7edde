/**
 * Just enough X.509 (RFC 5280 §4.1) to check a signing result in the browser: the subject, the
 * issuer, the validity and the SubjectPublicKeyInfo that WebCrypto imports. A full parser would
 * be a large lazy chunk for four fields.
 */
interface Node {
  tag: number;
  start: number;
  contentStart: number;
  end: number;
}

function readNode(der: Uint8Array, pos: number): Node {
  const tag = der[pos];
  let len = der[pos + 1];
  let p = pos + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4) throw new RangeError('unsupported DER length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + der[p++];
  }
  if (tag === undefined || p + len > der.length) throw new RangeError('truncated DER');
  return { tag, start: pos, contentStart: p, end: p + len };
}

function children(der: Uint8Array, node: Node): Node[] {
  const out: Node[] = [];
  for (let p = node.contentStart; p < node.end;) {
    const c = readNode(der, p);
    out.push(c);
    p = c.end;
  }
  return out;
}

function oid(bytes: Uint8Array): string {
  const parts = [Math.floor(bytes[0] / 40), bytes[0] % 40];
  let v = 0;
  for (let i = 1; i < bytes.length; i++) {
    v = v * 128 + (bytes[i] & 0x7f);
    if (!(bytes[i] & 0x80)) {
      parts.push(v);
      v = 0;
    }
  }
  return parts.join('.');
}

const NAME_OIDS: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.5': 'serialNumber',
  '1.2.840.113549.1.9.1': 'E',
};

function text(der: Uint8Array, n: Node): string {
  const bytes = der.subarray(n.contentStart, n.end);
  // BMPString (0x1e) is UTF-16BE; the rest we meet are ASCII or UTF-8.
  if (n.tag === 0x1e)
    return String.fromCharCode(...Array.from({ length: bytes.length / 2 }, (_, i) => (bytes[2 * i] << 8) | bytes[2 * i + 1]));
  return new TextDecoder().decode(bytes);
}

function name(der: Uint8Array, n: Node): string {
  return children(der, n)
    .flatMap((set) => children(der, set))
    .map((atv) => {
      const [type, value] = children(der, atv);
      const id = oid(der.subarray(type.contentStart, type.end));
      return `${NAME_OIDS[id] ?? id}=${text(der, value)}`;
    })
    .join(', ');
}

function time(der: Uint8Array, n: Node): Date {
  const s = new TextDecoder().decode(der.subarray(n.contentStart, n.end));
  const full = n.tag === 0x17 ? (Number(s.slice(0, 2)) >= 50 ? '19' : '20') + s : s; // UTCTime: RFC 5280 §4.1.2.5.1
  return new Date(
    Date.UTC(+full.slice(0, 4), +full.slice(4, 6) - 1, +full.slice(6, 8), +full.slice(8, 10), +full.slice(10, 12), +full.slice(12, 14)),
  );
}

export interface CertificateInfo {
  subject: string;
  issuer: string;
  notBefore: Date;
  notAfter: Date;
  spki: Uint8Array;
}

export function parseCertificate(der: Uint8Array): CertificateInfo {
  const cert = readNode(der, 0);
  const [tbs] = children(der, cert);
  const fields = children(der, tbs);
  const i = fields[0].tag === 0xa0 ? 1 : 0; // optional [0] version
  const validity = children(der, fields[i + 3]);
  const spki = fields[i + 5];
  return {
    issuer: name(der, fields[i + 2]),
    notBefore: time(der, validity[0]),
    notAfter: time(der, validity[1]),
    subject: name(der, fields[i + 4]),
    spki: der.slice(spki.start, spki.end),
  };
}

/** PEM or bare Base64 DER to bytes. */
export function certificateBytes(cert: string): Uint8Array {
  const b64 = cert.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
  const bin = atob(b64);
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}
