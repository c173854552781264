import { regexRule } from "../regex-rule.js";
import { looksPlaceholder } from "./shared.js";

/**
 * HCP Terraform / Terraform Cloud / Terraform Enterprise API tokens (user, team and organization
 * tokens): a 14-character id, `.atlasv1.`, and a long random part.
 */
export const terraformCloud = regexRule({
  id: "secret/terraform-cloud",
  title: "HCP Terraform (Terraform Cloud) API token",
  description:
    "An HCP Terraform / Terraform Enterprise API token: 14 alphanumeric characters, '.atlasv1.', then 60 or more token characters, as written to credentials.tfrc.json by 'terraform login' (HCP Terraform documentation, 'API tokens').",
  fix: "Delete the token in HCP Terraform (User settings › Tokens, or the team's or organization's API token page), create a new one, and give it to Terraform through TF_TOKEN_app_terraform_io or a secret store.",
  severity: "error",
  keywords: ["atlasv1"],
  pattern: /(?<![0-9A-Za-z_.-])(?<secret>[0-9A-Za-z]{14}\.atlasv1\.[0-9A-Za-z_=-]{60,})(?![0-9A-Za-z_=-])/g,
  accept: (secret) => !looksPlaceholder(secret.slice(0, 14)) && !looksPlaceholder(secret.slice(23)),
  samples: {
    positive: [
      '{ "credentials": { "app.terraform.io": { "token": "«xxlNE7SyOxvsIE.atlasv1.G2wmrpN4VZBq7LqCbvjiZREdkOz51wSmlgx4RnLqs86KS8jb1RWRHOuVax3vIMqpiPd»" } } }',
      "export TF_TOKEN_app_terraform_io=«LsBWj7Sbux4Y8q.atlasv1.IZN1DrpqadsTOp0S6QRmStHZw51dMmjmGB8RLTAU2VkAHLat7opVcNDFlP0WpZgiJbi»",
      'credentials "app.terraform.io" {\n  token = "«TzB0iw1wty7IBJ.atlasv1.GDKHBwB6ABqfBPtL94jfeeFxKDwL0EwFyLjSHUsN2ZdkG4Sj7u84Ecofj0sAvYHAslc»"\n}',
    ],
    negative: [
      "TFE_TOKEN=IHFQcJ2WGImbpq.atlasv1.YMqxGABL8mjFY4HYba4yTIYJ6aFJBazEqFF3tQqBMo0WqnFLMm", // 50 after atlasv1
      "TFE_TOKEN=IHFQcJ2WGImb.atlasv1.hYSewBnn8tlnMeTfCZHbiKHz5HlhtR836tE3iC5cwvboojJkcgsA4sKu04e6Z0lTBE3", // 12-char id
      "TFE_TOKEN=xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "Tokens look like <id>.atlasv1.<secret>",
    ],
  },
});
