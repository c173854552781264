import { ASSIGN, decodeBase64, looksPlaceholder, shapesRule } from "./shared.js";

/** A storage account key: 64 random bytes, base64, so 86 characters and `==`. */
const ACCOUNT_KEY = "[A-Za-z0-9+/]{86}==";

function isAccountKey(value: string): boolean {
  return decodeBase64(value)?.length === 64 && !looksPlaceholder(value) && new Set(value).size >= 20;
}

/** The run of non-space, unquoted text around a match: one connection string or one URL. */
function enclosing(text: string, m: RegExpExecArray, stop: RegExp): string {
  let start = m.index;
  let end = m.index + m[0].length;
  while (start > 0 && m.index - start < 2000 && !stop.test(text.charAt(start - 1))) start--;
  while (end < text.length && end - m.index < 2000 && !stop.test(text.charAt(end))) end++;
  return text.slice(start, end);
}

/** The storage emulator's published development account, in the same connection string. */
function emulator(text: string, m: RegExpExecArray): boolean {
  return /AccountName=devstoreaccount1(?:;|$)/i.test(enclosing(text, m, /["'\s]/));
}

/** A SAS signature is an HMAC-SHA256: 32 bytes, 44 base64 characters, URL-encoded or not. */
function isSasSignature(raw: string): boolean {
  let value: string;
  try {
    value = decodeURIComponent(raw);
  } catch {
    return false;
  }
  return value.length === 44 && decodeBase64(value)?.length === 32 && new Set(value).size >= 16;
}

/**
 * Azure Storage credentials:
 * - account keys (64 bytes, base64: 86 characters and `==`) in connection strings
 *   (`DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…`) or assigned to a storage key
 *   name (`AZURE_STORAGE_KEY`, `storageAccountKey`, `primary_access_key` of a storage account).
 *   The storage emulator's well-known account (`devstoreaccount1`) is skipped.
 * - shared access signatures: the `sig=` of a SAS token whose query carries the `sv=` service
 *   version date (storage) or `skn=` and `se=` (Service Bus / Event Hubs style SAS); the
 *   signature, an HMAC-SHA256, is reported.
 */
export const azureStorage = shapesRule({
  id: "secret/azure-storage",
  title: "Azure Storage account key or SAS signature",
  description:
    "An Azure Storage account key — 86 base64 characters and '==' (64 bytes) — as AccountKey= in a connection string (DefaultEndpointsProtocol=…;AccountName=…;AccountKey=…) or assigned to a storage account key name; or the sig= of a shared access signature whose query also has sv=<date> (or skn= and se=), a 32-byte HMAC-SHA256 in base64 (Microsoft Learn, 'Configure Azure Storage connection strings' and 'Create a service SAS').",
  fix: "Rotate the account key in the Azure portal (Storage account › Security + networking › Access keys › Rotate key) or with 'az storage account keys renew'; for a SAS, rotate the key that signed it or revoke its stored access policy. Prefer Microsoft Entra ID (managed identity) or user delegation SAS, and keep keys in Key Vault.",
  severity: "error",
  keywords: ["accountkey", "azure", "storage", "sig="],
  shapes: [
    {
      pattern: new RegExp(`(?<![0-9A-Za-z])AccountKey=(?<secret>${ACCOUNT_KEY})(?![0-9A-Za-z+/=])`, "gi"),
      accept: (secret, m, text) => isAccountKey(secret) && !emulator(text, m),
    },
    {
      pattern: new RegExp(
        `(?<![\\w.-])(?<key>[\\w.-]*?(?:account|storage|primary|secondary)[_.-]?(?:access[_.-]?)?key[\\w.-]*)${ASSIGN}(?<secret>${ACCOUNT_KEY})(?![0-9A-Za-z+/=])`,
        "gi",
      ),
      // The key is 86 base64 characters and "==": no text without "==" can hold one.
      requires: /[A-Za-z0-9+/]==/,
      accept: (secret, m, text) => {
        const key = m.groups?.key ?? "";
        const before = text.slice(Math.max(0, m.index - 200), m.index);
        return (
          isAccountKey(secret) && !emulator(text, m) && /azure|storage|accountkey/i.test(`${key} ${before}`)
        );
      },
    },
    {
      // A literal start lets the regex engine skip ahead fast; the character before is checked below.
      pattern: /sig=(?<secret>(?:[A-Za-z0-9+/]|%2[BbFf]){43}(?:=|%3[Dd]))(?![A-Za-z0-9%+/=])/g,
      accept: (secret, m, text) => {
        if (m.index > 0 && !/[?&;=\s]/.test(text[m.index - 1] ?? "")) return false;
        if (!isSasSignature(secret)) return false;
        const query = enclosing(text, m, /["'\s<>]/);
        return (
          /(?:^|[?&;=])sv=\d{4}-\d{2}-\d{2}(?:&|;|$)/.test(query) ||
          (/(?:^|[?&;=])skn=[^&;]+/.test(query) && /(?:^|[?&;=])se=\d+/.test(query))
        );
      },
    },
  ],
  samples: {
    positive: [
      "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=ysrq89zjsnqr;AccountKey=«+NYg2wv4XDxig9B1iONoqwTr4muurCrChJDbz2rrTe+AxxX50vxMkfcN6WH4Tl0P60bdvHuPJlNQiLTHjwCSgg==»;EndpointSuffix=core.windows.net",
      '{ "ConnectionStrings": { "Blob": "DefaultEndpointsProtocol=https;AccountName=yd59k27avedf;AccountKey=«r7G0dRNQxlEGqPw0u7X/HPVRPmOAliX5nmODEg5rR6RVaauP+yPJlzejC9jT7aMSiJJuCEpikj5cCa/u4q4JSQ==»" } }',
      "export AZURE_STORAGE_KEY='«gzJr4NWfVEnSo6Juv9MKIx6wj6OegOKVQnBlJ2uPN+0s5KJjn3HyuuZoyBuUx8NddmiSivEwzB0Iz33THfx3Lw==»'",
      "storage:\n  accountName: jc5puwbanh8d\n  accountKey: «GavLdkIJqYVqRC+CLy0whqwCDMrJk3ph/sbJLF5D3LuetKuqEluhszZcqy3BtFe0Y/j1uyl4FFk0SeX6ds/bbA==»",
      "const url = 'https://jc5puwbanh8d.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-01-01T00:00:00Z&spr=https&sig=«5InzBfRSU9oipePtFNOaHEa3et3SZNY32KyZQdQgyWM%3D»';",
      "BLOB_SAS=sp=racwdl&st=2025-01-01T00:00:00Z&se=2025-12-31T00:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=«H9eeWWUNdo2OxB2%2Bs2nwf9wYbXsLV3zcGAdbCIIVVmg%3D»",
      "SERVICEBUS_SAS=SharedAccessSignature sr=https%3A%2F%2Fbus2ylvk4agay6j.servicebus.windows.net%2Forders&sig=«HPuEvdMwvoDp8s1js9A3KRP80mpYzwE3AKrLNW%2B5Iw4%3D»&se=1767225600&skn=RootManageSharedAccessKey",
    ],
    negative: [
      // The storage emulator's well-known development account.
      "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=GavLdkIJqYVqRC+CLy0whqwCDMrJk3ph/sbJLF5D3LuetKuqEluhszZcqy3BtFe0Y/j1uyl4FFk0SeX6ds/bbA==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;",
      "DefaultEndpointsProtocol=https;AccountName=ysrq89zjsnqr;AccountKey=<your-account-key>;EndpointSuffix=core.windows.net",
      // 87 characters and a single '=': not a 64-byte key.
      "AccountKey=+NYg2wv4XDxig9B1iONoqwTr4muurCrChJDbz2rrTe+AxxX50vxMkfcN6WH4Tl0P60bdvHuPJlNQiLTHjwCSggA=",
      "AZURE_STORAGE_ACCOUNT=ysrq89zjsnqr", // an account name is an identifier
      // A sig= that is not a SAS: no sv= version nor skn= in the query.
      "https://cdn.corp.test/file.zip?expires=1767225600&sig=5InzBfRSU9oipePtFNOaHEa3et3SZNY32KyZQdQgyWM%3D",
      "https://yd59k27avedf.blob.core.windows.net/c/f?sv=2022-11-02&sp=r&sig=<signature>",
      "SIGNING_KEY=r7G0dRNQxlEGqPw0u7X/HPVRPmOAliX5nmODEg5rR6RVaauP+yPJlzejC9jT7aMSiJJuCEpikj5cCa/u4q4JSQ==", // nothing about storage
    ],
  },
});
