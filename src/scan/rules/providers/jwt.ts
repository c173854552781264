import { regexRule } from "../regex-rule.js";
import { decodeBase64, decodeJsonObject } from "./shared.js";

/** What a JWT's claims say about it being safe to publish. */
function publicByDesign(claims: Record<string, unknown>): boolean {
  // Supabase's anon key is a JWT meant for browsers; its service_role key is not.
  if (claims.iss === "supabase" && claims.role === "anon") return true;
  // The claims of the well-known specification/debugger example.
  if (claims.sub === "1234567890" && claims.name === "John Doe") return true;
  return false;
}

/**
 * JSON Web Tokens (RFC 7519) in JWS compact form: three base64url parts separated by dots. The
 * header must decode to a JSON object with an "alg" other than "none", the payload to a JSON
 * object, and the signature must be present — an unsigned token proves nothing and a JWE has five
 * parts. Headers start `{"`, so every token starts `eyJ`.
 */
export const jwt = regexRule({
  id: "secret/jwt",
  title: "JSON Web Token",
  description:
    "A signed JSON Web Token (RFC 7519 / RFC 7515 compact serialization): base64url header, payload and signature separated by dots; the header is decoded and must be a JSON object with an 'alg' other than 'none', the payload must be a JSON object. Supabase anon keys (role 'anon') are public by design and are not reported.",
  fix: "Treat the token as a password: if it is long-lived (an API key, a service-role key, a refresh token), revoke it at its issuer or rotate the signing key; load tokens at runtime instead of committing them, and give test fixtures tokens signed with a throwaway key.",
  severity: "error",
  keywords: ["eyj"],
  pattern:
    /(?<![0-9A-Za-z_.-])(?<secret>eyJ[0-9A-Za-z_-]{8,}\.[0-9A-Za-z_-]{4,}\.[0-9A-Za-z_-]{16,})(?![0-9A-Za-z_-]|\.[0-9A-Za-z_-])/g,
  accept: (secret) => {
    const [header, payload, signature] = secret.split(".");
    const h = decodeJsonObject(header ?? "");
    const claims = decodeJsonObject(payload ?? "");
    if (!h || !claims || typeof h.alg !== "string" || h.alg.toLowerCase() === "none") return false;
    const sig = decodeBase64(signature ?? "");
    return sig !== undefined && sig.length >= 16 && !publicByDesign(claims);
  },
  samples: {
    positive: [
      "AUTH_TOKEN=«eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxNzY0N2I3Yi0yN2VlLTRhNjMtODM0Mi00ODk1ZGM4MmM1ZWMiLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3MzU2ODk2MDAsImV4cCI6MTczNTY5MzIwMH0.j_LiQVR2es1LPA47VCXHQ8YAdMRu70ImhYotNf4FhBE»",
      'curl -H "Authorization: Bearer «eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImIyMjhkNmYyY2MxNzRjYjMifQ.eyJpc3MiOiJodHRwczovL2F1dGguY29ycC50ZXN0LyIsInN1YiI6InVzZXJ8NGU4NzYyNjAwMWVjIiwiYXVkIjoiYXBpIiwiaWF0IjoxNzM1Njg5NjAwLCJleHAiOjE3MzU3NzYwMDB9.qhgmSR8BFhrHOubmK0CgEvTbwjmqk413bm888lIoJUl75mf28ijkU-6sp0deTLBONnSOZv9q1PW7HhBM4KrID_4ov6bwKP-Re1GZTDR9NnL6FOzlUPkWvWORTH4uUMsO-6yUUvboKiGyS9UU6fN0RDJZa7reqstfrRyXlSOWkhP9BYyog5Iwh-sduUtixbGCbLE5vyndt_BW1fzkObbV-kw4yvuJJAjThc9VSp3--ggRVdRS07cLaBwwxFAKZHthr5WAVHP5BNHZu3g5NiJLVCV7c7OtxWxKM8M2xFRRB1lOXDxvZBXJwFCj-yGInewc6Vl04kxmN2lnMus1DiAo1w»" https://api.corp.test/me',
      '{ "deployToken": "«eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtZGVwbG95Iiwic2NvcGUiOiJkZXBsb3k6d3JpdGUiLCJpYXQiOjE3MzU2ODk2MDB9.ffyVSYa3G2Vs0IV9kXsYFsdEe4m94-wqd6_WdSPRhUUVglEBbWJ4z1Ot7nFrj8BZZrc6F7ZSK8qVOe4Z7hT0Dw»" }',
      "const serviceKey = '«eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF3dm5iY3hsemtwZGpodGciLCJyb2xlIjoic2VydmljZV9yb2xlIiwiaWF0IjoxNzM1Njg5NjAwLCJleHAiOjIwNTEwNDk2MDB9.dCulmGgqTX3qX4WMlLvWkNedzhL_rVj4VGRSBTCuFlE»';",
      "https://app.corp.test/callback?token=«eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxNzY0N2I3Yi0yN2VlLTRhNjMtODM0Mi00ODk1ZGM4MmM1ZWMiLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3MzU2ODk2MDAsImV4cCI6MTczNTY5MzIwMH0.j_LiQVR2es1LPA47VCXHQ8YAdMRu70ImhYotNf4FhBE»&state=1",
    ],
    negative: [
      // Header without "alg".
      "TOKEN=eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiI0MiJ9.XHqxsFHsSbrZwBMCRwFrq0wJl-JKTT5I4FiZuvWNMBM",
      // alg "none" and no signature.
      "TOKEN=eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiI0MiIsImFkbWluIjp0cnVlfQ.",
      // A Supabase anon key: public by design.
      "NEXT_PUBLIC_SUPABASE_ANON_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF3dm5iY3hsemtwZGpodGciLCJyb2xlIjoiYW5vbiIsImlhdCI6MTczNTY4OTYwMCwiZXhwIjoyMDUxMDQ5NjAwfQ.IWv-5H6SrpaHucxWmZkZxNilZHJYlg2uNINm7HVtYno",
      // The specification's example claims.
      "TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.D2SyuxxvUVpzDX2c-MH9Oj-LtEpWqSsnflmB-JLoQCQ",
      // A header that is not JSON (cut short).
      "TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI.eyJzdWIiOiIxIn0.d8MulY1yGMpNZ83XlbIrbM-XhGDK-IU35fiupEb3aPs",
      "TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.<payload>.<signature>",
    ],
  },
});
