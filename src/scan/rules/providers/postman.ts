import { regexRule } from "../regex-rule.js";

/** Postman API keys: `PMAK-`, 24 hex characters (the key id), `-`, 34 hex characters. */
export const postman = regexRule({
  id: "secret/postman",
  title: "Postman API key",
  description:
    "A Postman API key: PMAK- followed by 24 hex characters, a hyphen and 34 hex characters (Postman Learning Center, 'Authenticate with API keys', and the Postman API's x-api-key header).",
  fix: "Delete the key in Postman (avatar › Settings › API keys), generate a new one, and keep it in a secret store or a Postman vault rather than in a collection or repository.",
  severity: "error",
  keywords: ["pmak-"],
  pattern: /(?<![0-9A-Za-z_-])(?<secret>PMAK-[0-9a-f]{24}-[0-9a-f]{34})(?![0-9A-Za-z_-])/g,
  samples: {
    positive: [
      "POSTMAN_API_KEY=«PMAK-c4fa93d276cad342e6b67a7c-2857f6698724ae767cb39d530bceaed493»",
      "curl -H 'X-Api-Key: «PMAK-859b3815785363889b60432b-d0cc862de0741dd13ac836a1a91a0cbdf5»' https://api.getpostman.com/collections",
      '{ "postman": { "apiKey": "«PMAK-7880bc87a49a2c18dc7a4a20-6dd721a81f547614f53ae4bff6424d0e34»" } }',
    ],
    negative: [
      "POSTMAN_API_KEY=PMAK-c4fa93d276cad342e6b67a7c-2857f6698724ae767cb39d530bceaed4", // 32 hex after the id
      "POSTMAN_API_KEY=PMAK-2d78c2385a3e19f884bf2acc", // the key id alone
      "POSTMAN_API_KEY=PMAK-xxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "POSTMAN_API_KEY=PMAK-2D78C2385A3E19F884BF2ACG-48066dce92f4a1df2b55b50d3466235a2b", // G is no hex
    ],
  },
});
