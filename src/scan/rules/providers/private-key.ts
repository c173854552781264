import { shapesRule } from "./shared.js";

/** Labels whose body is plain DER (PKCS#1, SEC1, DSA, PKCS#8): it starts with a SEQUENCE, "M". */
const DER_LABELS = new Set([
  "RSA PRIVATE KEY",
  "EC PRIVATE KEY",
  "DSA PRIVATE KEY",
  "PRIVATE KEY",
  "ENCRYPTED PRIVATE KEY",
]);

/** base64("openssh-key-v1\0"), the start of every OpenSSH private key body. */
const OPENSSH_MAGIC = "b3BlbnNzaC1rZXktdjE";

/**
 * The base64 of an armored body, with what surrounds it in files and code taken away: escaped
 * newlines (JSON, .env), per-line quotes, `+` and `,` (string concatenation), comment markers,
 * indentation, RFC 1421 / OpenPGP armor headers (`Proc-Type:`, `DEK-Info:`, `Version:`,
 * `Comment:`) and the OpenPGP checksum line. Undefined when anything else is left.
 */
function armoredBase64(body: string): { base64: string; headers: string[] } | undefined {
  const headers: string[] = [];
  const chunks: string[] = [];
  const lines = body.replace(/\\\\?[rn]/g, "\n").split(/\r?\n/);
  for (const raw of lines) {
    const line = raw.replace(/^[\s"'`+,]*(?:#|\/\/|\*)?[\s"'`+,]*/, "").replace(/[\s"'`+,\\]*$/, "");
    if (line === "") continue;
    if (/^[A-Za-z][A-Za-z0-9-]*:\s/.test(line)) {
      headers.push(line);
      continue;
    }
    if (/^=[A-Za-z0-9+/]{4}$/.test(line)) continue; // OpenPGP CRC-24
    chunks.push(line);
  }
  const base64 = chunks.join("");
  return /^[A-Za-z0-9+/]+={0,2}$/.test(base64) ? { base64, headers } : undefined;
}

/** A body that is really a key: long enough, varied, not `xxxx`, and shaped as its label says. */
function isKeyBody(label: string, body: string): boolean {
  const parsed = armoredBase64(body);
  if (!parsed) return false;
  const { base64, headers } = parsed;
  if (base64.length < 60 || new Set(base64).size < 20 || /x{6,}/i.test(base64)) return false;
  const encryptedLegacy = headers.some((h) => /^DEK-Info:/i.test(h));
  if (DER_LABELS.has(label) && !encryptedLegacy) return base64.startsWith("M");
  if (label === "OPENSSH PRIVATE KEY") return base64.startsWith(OPENSSH_MAGIC);
  return true;
}

// Sample bodies: random bytes behind each format's fixed leading bytes, generated for these tests.
const ED25519_BODY = "MC4CAQAwBQYDK2VwBCIEIMllxaDaGNQWFTIKr+O4fqrAgmljzcjAD3iqGhU6iK9k";
const RSA_BODY = [
  "MIIBOwIBAAJBAAndXK1XnuVWJLncVN3AWeHAp7BU823Fdk9+Rycc7wP969RLUICX",
  "FEYkW9bsb77aa0v8sngkMJj7YskX0JZ0MsOvEW+YFfIyuVbTDCnTi86LxHlES5NU",
  "5Y0JRRUDUQjaQ/kwHxwH87spmAQIW1JzAQ6ONw5m7gHQX/q6PsPOl8/Uc3AXy5vm",
  "570SO04YSaeehaxvFqh+Ku+VxTKIbY8qp972fs6zs9KTz0SUZnRkdwxRb+t+p6Xg",
  "TQgEJCHgT27bQ3JNB3R5ciJtufTbTmpVgHpXEIA9aSzP9QdVtt5pug+C/hMlAlsp",
  "c+gAt1d/Zh8stLGZDW3zdY3WO93dpEpGX/3yNFu1NdfGfQpqbo7BgqZhPx68iyGM",
  "tFoGEXCzMockr78RsmbEqqCTYEJkNtC98faW",
].join("\n");
const EC_BODY = [
  "MHcCAQEEIBEOJ72xGOdreZTOFfSLpB9D86ZyM8Ht7LfPHGTsW5r1oAoGCCqGSM49",
  "AwEHoUQDQgAE384nf/vBYc4nqEyg2ja94UnK7wYbO4NJCATv2dLfFOfGqsw+2TU/",
  "J1fY1CMOH86KV7B8V0GGMO20h+VE53trvA==",
].join("\n");
const OPENSSH_BODY = [
  "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
  "QyNTUxOQAAACAcYWWZPJmzaePkz/eQ1mf+qfxFLFxGjjBiLtMh/BCJAwAAAJVZQR8GWUEf",
  "BgAAAAtzc2gtZWQyNTUxOQAAACCkRhzsDm+KrnS3H17bAgHNSIwiYFbDtkSiyRm+t6Td6Q",
  "AAAEDeRG3T9llv2hvFaMBqTtx3h5B/CmcYv/i3hB5N+nJeg05yx7e2OAKkzUfwWJFUHuDm",
  "TORUGGoye8a3EV94N06UAAAADWRldkBjb3JwLnRlc3QBAgMEBQ==",
].join("\n");
const ENCRYPTED_BODY = [
  "MIIBITCBMwHXrGsqxD+YdcGU9fRa3EyBjLbPnwXNvJpqH/fULBVdnuomhQCwotVc",
  "nvzzI2MN4KeKvgP+zLUNe+pi7eKhNwz3WjTF3ewFEGrpwfG+ardCbR6qiKEuNBOx",
  "hwVhmL0wdc+NSz1TtxePmLLNIC1v6vQ2XRe4G9Kw2/0VKfkScs0lGzOWcseyvsKF",
  "1+Yqmtlz3eOzgHaufDp7liLqXYiedgzZQsi7FGM386AkyS5OcTL83bGV38DUs4Ou",
  "iGZpFj29SQ0iZkoKjcrnO3SVFOiRQj1dL+EGWAxXzn0yvx2MxfL4i+YSJV465bp+",
  "YwJhTACs9IzUcFNozSEQUiPyivgvhLZoEsG3rdM5bqzXqcu5CWyP+xBRC8FvFg==",
].join("\n");
const DSA_BODY = [
  "MIIBuwIBAAKBgQDGWy/ylS/Q+sPLBjNEngcf2TJi6A1MtJdzviXqxULmUm2iV2j6",
  "4Lj3c80pcvw1xi6F6VsFr7wCi8eS0CV3imt08qsh+6A1sSo13TmIKs2+siANnmMl",
  "25Sx/LB7BpCSz4QkX37Zwkex2e27g+T8ke705ER/tCNAWiZpOwbbn2Jxn5Bentdu",
  "fXNWkigZPxhwWSHKkrlBDtTRP4i6U/Snxabyq4FXYgKktl/xljDy2rr7P05vNcgg",
  "nTWnNWW3dSj6Lc7edfwAPBoCSZlm9cGQW16n4+cgkXWAJAfCVVXfz0H1EQUzh5Nc",
  "WA3A9Y6ESXdzzZatJKUzWzzR9tPl20QYaXpaWC4jRZJ6zoCL3vqBSUplNsaM1q7C",
  "psa4D4tfoDqaJ2qJFUy4KufT+eWSHq4=",
].join("\n");
const LEGACY_BODY = [
  "uhot6zOb0nORbD/N8j4fyfY5DrR0QwpXapGAV5vAzIkN6EvHwQWbW6RANalmSyta",
  "R1XRBnmAlVVvc3aH9wuSPxa/PoQFOlmZy+u6mcIFKC51uqW+w+RWKUSBUHZFRh61",
  "/DJKVJ0tEXnFEKlJNsIbSj0kD6QuABs+UyASjstVlrR4aEVKBMpotHrBkiSjrEDt",
  "UdBcT+GL51qsojbpucEcUpDpzh/Z+aNUVOvGDgNxJW+82UBAh6RNEv9Mdi+ptkEA",
  "1duXGZtngqBbW7GQ0mlueFBYY+KJD+mcl2t1uUGKD1clbpwRBV4b5Uc4zgtkbm1/",
  "AiKkazOQbESDLe9rcY/Os0lonTjRRT6aO7RfbD1KeIFBWx5bEfWsa50ca2VZ0Jvu",
  "ca4ZGWEKDodQCqy4",
].join("\n");
const PGP_BODY = [
  "lQHY+LACEl6qkQ9pS0dK48QEHvCEoceTO2/IpN0Yd+QBYuNYG+FH4L42Ra6jO6B5",
  "F8VFt2nLTlH9yWy6Ads3t7zV0uGAqtb5vB5SZXOvJcSDuDJVb5igp24NJSjV7gmJ",
  "t0qyp+Q+28sih9ptRbbIckZ4GYPZjivvCw0OegFvhBTQoGwujy3pKYsElNwDgGCi",
  "f/Iid9xjRcqKeEjKXDDVXzBTjWrLuIqF6h1M35346mSc109oNck3OzbKdbFscin0",
  "28JKXHsX0ijIYHftGM2GlluuQ9mNa1pTOWvfk5Rhj0Rb2SO1wyfK97Rk+AB+fc07",
  "WmkjynkFtGHx1LvUAPLtKWW09JFap2HcsXW5tcHwiAX4ZJWpTxZ7yfgzmZWnKDsF",
  "vZ8W+GRNNXs5dYLFyAhW",
].join("\n");
const PUTTY_PUBLIC = ["AAAAC3NzaC1lZDI1NTE5AAAAIBxhZZk8mbNp4+TP95DWZ/6p/EUsXEaOMGIu0yH8", "EIkD"].join("\n");
const SPKI_BODY = [
  "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgDZ1FGCrcvL5Bm7bg9GKwq8oAmm147D",
  "fuBQnW6iPTCVwCmHUlhWwC2RopQ46H5bCG3ZVvssaAX/nEeUwIhJBnRIHA==",
].join("\n");
const CERT_BODY = [
  "MIIBGtUEFuafm0pkybHBF1G9kqknpsFbbiaZxonBV2vblEeTHeFozssvrDiYnqJm",
  "auY+odOI66+fSlq2gUr/XBBLpiqs7R8oYI2m7j3qcwpW3gLE3lewfiKhnV3ZHKGi",
  "gPZQO+k2YNKvvmnEbKgVcn64hac4FnuwU6n9f9JAdyRggx7C507sS5eE7R1RidAu",
  "N/xy9CQQthODym+kjFc5WQksogbH0B9Kz/xXeMH07ez2BeLJl3014yyyOtQSzcrl",
  "Y4R0y2O7XmFTR2ZGpmf9IGdtSL/mYsvvmxweVAIyj6TWrUABzTItimLR+aG2za59",
  "7jnnZRth+fH2AtDsfKQ75RiOBkzVDMDIQ0j0/p+D9SrMhTRNEt/Rd/RZG3Bxv7R9",
  "W6jadjDcShaZCOo1wMlP9POCh7LpYKCMsA64UGDTyBMKeKoy7StwpWuBqGh2T0Uj",
  "ZWp05Zm6hVk/WsLq1trRvb8zU0g6ThkSJfxU2NGpo8RoHp42Db5/5IEV4joUR1JD",
  "+IJ7CY+i9DAXT7BZMQKRI6nsOw==",
].join("\n");

/**
 * Private keys: PEM / RFC 7468 blocks (`-----BEGIN RSA|EC|DSA|OPENSSH|ENCRYPTED| PRIVATE KEY-----`
 * and any other `… PRIVATE KEY` label), OpenPGP `PRIVATE KEY BLOCK`s, SSH.com (`---- BEGIN SSH2
 * ENCRYPTED PRIVATE KEY ----`) and PuTTY `.ppk` files. The whole block from BEGIN to the matching
 * END is reported. The body is checked: it must be base64 of a real length (quotes, `\n`
 * escapes, concatenation and indentation around the lines are allowed, so a key split over lines
 * of code is found), and DER / OpenSSH bodies must start as those formats do — so public keys,
 * certificates and a BEGIN line around `...` or `<your key>` are not findings.
 */
export const privateKey = shapesRule({
  id: "secret/private-key",
  title: "Private key",
  description:
    "A private key block: PEM / RFC 7468 '-----BEGIN <RSA|EC|DSA|OPENSSH|ENCRYPTED|…> PRIVATE KEY-----' through the matching END line (PKCS#1, SEC1, PKCS#8, OpenSSH), an OpenPGP 'PRIVATE KEY BLOCK' (RFC 4880 armor), an SSH.com 'SSH2 ENCRYPTED PRIVATE KEY', or a PuTTY key file ('PuTTY-User-Key-File-' through 'Private-MAC'); the body is decoded as base64 and checked, so placeholders, public keys and certificates are not reported.",
  fix: "Treat the key as compromised: revoke or replace it where it is trusted (authorized_keys, the CA, the cloud provider's key list, the PGP keyserver with a revocation certificate), generate a new key pair, and keep the private key in a secret store or on the host only — commit the public key, never the private one.",
  severity: "error",
  keywords: ["private key", "putty-user-key-file-"],
  shapes: [
    {
      pattern:
        /-----BEGIN (?<label>(?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----(?<body>(?:(?!-----BEGIN )[\s\S]){1,40000}?)-----END \k<label>-----/g,
      accept: (_secret, m) => isKeyBody(m.groups?.label ?? "", m.groups?.body ?? ""),
    },
    {
      pattern:
        /---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----(?<body>(?:(?!---- BEGIN )[\s\S]){1,40000}?)---- END SSH2 ENCRYPTED PRIVATE KEY ----/g,
      accept: (_secret, m) => isKeyBody("SSH2 ENCRYPTED PRIVATE KEY", m.groups?.body ?? ""),
    },
    {
      pattern:
        /PuTTY-User-Key-File-\d+: [^\r\n]+(?:\r?\n[^\r\n]*){2,60}?\r?\nPrivate-Lines: (?<count>\d{1,3})(?<lines>(?:\r?\n[A-Za-z0-9+/=]+)+)\r?\nPrivate-MAC: [0-9a-fA-F]{40,64}/g,
      accept: (_secret, m) => {
        const lines = (m.groups?.lines ?? "").split(/\r?\n/).filter((l) => l !== "");
        const base64 = lines.join("");
        return (
          lines.length === Number(m.groups?.count) &&
          base64.length >= 40 &&
          new Set(base64).size >= 16 &&
          !/x{6,}/i.test(base64)
        );
      },
    },
  ],
  samples: {
    positive: [
      `«-----BEGIN RSA PRIVATE KEY-----\n${RSA_BODY}\n-----END RSA PRIVATE KEY-----»\n`,
      // A service-account JSON: the key on one line with escaped newlines.
      `{ "type": "service_account", "private_key": "«-----BEGIN PRIVATE KEY-----\\n${ED25519_BODY}\\n-----END PRIVATE KEY-----»\\n" }`,
      // Split over consecutive lines of code.
      [
        "const key =",
        '  "«-----BEGIN EC PRIVATE KEY-----\\n" +',
        '  "MHcCAQEEIBEOJ72xGOdreZTOFfSLpB9D86ZyM8Ht7LfPHGTsW5r1oAoGCCqGSM49\\n" +',
        '  "AwEHoUQDQgAE384nf/vBYc4nqEyg2ja94UnK7wYbO4NJCATv2dLfFOfGqsw+2TU/\\n" +',
        '  "J1fY1CMOH86KV7B8V0GGMO20h+VE53trvA==\\n" +',
        '  "-----END EC PRIVATE KEY-----»";',
      ].join("\n"),
      // A YAML block scalar.
      `tls:\n  key: |\n    «-----BEGIN OPENSSH PRIVATE KEY-----\n    ${OPENSSH_BODY.replace(/\n/g, "\n    ")}\n    -----END OPENSSH PRIVATE KEY-----»\n`,
      `DEPLOY_KEY="«-----BEGIN ENCRYPTED PRIVATE KEY-----\n${ENCRYPTED_BODY}\n-----END ENCRYPTED PRIVATE KEY-----»"`,
      `SIGNING_KEY = """«-----BEGIN EC PRIVATE KEY-----\n${EC_BODY}\n-----END EC PRIVATE KEY-----»"""`,
      `«-----BEGIN DSA PRIVATE KEY-----\n${DSA_BODY}\n-----END DSA PRIVATE KEY-----»`,
      `«-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,4E0B7C9A5FF306B04E0B7C9A5FF306B0\n\n${LEGACY_BODY}\n-----END RSA PRIVATE KEY-----»`,
      `«-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${PGP_BODY}\n=Uhuz\n-----END PGP PRIVATE KEY BLOCK-----»`,
      [
        "«PuTTY-User-Key-File-3: ssh-ed25519",
        "Encryption: none",
        "Comment: eddsa-key-20250101",
        "Public-Lines: 2",
        PUTTY_PUBLIC,
        "Private-Lines: 1",
        "AAAAIDj+xkAIB2hSWY721xXxVZRGIkg/FkMwf2nfGBVOZsxQ",
        "Private-MAC: f323f4a54ec0c646d7cc7e9b68c2551a92428867d615c4050546d0ab4122b2db»",
      ].join("\n"),
    ],
    negative: [
      `-----BEGIN PUBLIC KEY-----\n${SPKI_BODY}\n-----END PUBLIC KEY-----`,
      `-----BEGIN CERTIFICATE-----\n${CERT_BODY}\n-----END CERTIFICATE-----`,
      "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
      "-----BEGIN PRIVATE KEY-----\n<your key>\n-----END PRIVATE KEY-----",
      "PRIVATE_KEY=-----BEGIN PRIVATE KEY-----\\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\n-----END PRIVATE KEY-----",
      // Code that names the armor lines without holding a key.
      'const header = "-----BEGIN PRIVATE KEY-----";\nconst footer = "-----END PRIVATE KEY-----";',
      // BEGIN and END of different kinds.
      `-----BEGIN RSA PRIVATE KEY-----\n${RSA_BODY}\n-----END EC PRIVATE KEY-----`,
      // A BEGIN line with no END (a truncated paste).
      `-----BEGIN OPENSSH PRIVATE KEY-----\n${OPENSSH_BODY}\n`,
      // A PKCS#1 label around a body that is not DER.
      `-----BEGIN RSA PRIVATE KEY-----\n${PUTTY_PUBLIC}${PUTTY_PUBLIC}\n-----END RSA PRIVATE KEY-----`,
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBxhZZk8mbNp4+TP95DWZ/6p/EUsXEaOMGIu0yH8EIkD dev@corp.test",
      `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${PGP_BODY}\n=Uhuz\n-----END PGP PUBLIC KEY BLOCK-----`,
      // A PuTTY file whose private section is a placeholder.
      "PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: rsa-key\nPublic-Lines: 1\nAAAAB3NzaC1yc2E\nPrivate-Lines: 1\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nPrivate-MAC: f323f4a54ec0c646d7cc7e9b68c2551a92428867d615c4050546d0ab4122b2db",
    ],
  },
});
