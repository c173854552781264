import { regexRule } from "../regex-rule.js";

/**
 * DigitalOcean tokens: since 2021 a type prefix (`dop_v1_` personal access token, `doo_v1_` OAuth
 * access token, `dor_v1_` OAuth refresh token) followed by 64 lower-case hex characters.
 */
export const digitalocean = regexRule({
  id: "secret/digitalocean",
  title: "DigitalOcean token",
  description:
    "A DigitalOcean personal access token (dop_v1_), OAuth access token (doo_v1_) or OAuth refresh token (dor_v1_), each followed by 64 hex characters (DigitalOcean API documentation, 'How to Create a Personal Access Token', and its prefixed token format).",
  fix: "Delete the token in the DigitalOcean control panel (API › Tokens, or revoke the OAuth application's authorization), create a new one with the narrowest scopes, and keep it in a secret store.",
  severity: "error",
  keywords: ["dop_v1_", "doo_v1_", "dor_v1_"],
  pattern: /(?<![0-9A-Za-z_])(?<secret>do[por]_v1_[0-9a-f]{64})(?![0-9A-Za-z_])/g,
  samples: {
    positive: [
      "DIGITALOCEAN_TOKEN=«dop_v1_8bfebc513b2eb05121d380596c913e0d1a2165ef303d1cb28cad656dd72c1650»",
      'provider "digitalocean" {\n  token = "«doo_v1_4b81f9ff1158641a04a72d31acd22f5467f2a927e1e55e85ae4a7aeb2cca7429»"\n}',
      '{ "refresh_token": "«dor_v1_30c1cfcb3b3283ce2fbb6574cae2e3bcf7fec697f1dda9a6c90319c746bafae0»" }',
      "export DO_TOKEN='«dop_v1_e818df7309e8d300ebc9ec5f0549748255280427bcca9ad0a76e96a8df52e5ca»'",
    ],
    negative: [
      "DIGITALOCEAN_TOKEN=dop_v1_e1b3802466eb6a132c02af2707f72cae280b650fe1da3f539f5dd4f9105cedd", // 63 hex
      "DIGITALOCEAN_TOKEN=dop_v1_a09871c1df42396f7986cbb10d470d104ff54a5da9de6e1b2cd6a2d3139527cA", // A is no hex
      "DIGITALOCEAN_TOKEN=dop_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "Personal access tokens start with dop_v1_ and refresh tokens with dor_v1_.",
      "TOKEN=dop_v2_693e21e5112debb477ddad1a8580698b921edb6a9130bb2eb00c5cef339d0d8c", // unknown version
    ],
  },
});
