import { describe, expect, it } from "vitest";
import type { Fragment } from "../../../src/scan/fragment.js";
import {
  DEFAULT_ALLOWED_DOTENV_SUFFIXES,
  detectSensitiveFile,
  SENSITIVE_FILE_RULES,
} from "../../../src/scan/rules/sensitive-files.js";
import { interpolation, text } from "../../helpers/config-inputs.js";

// Every key, token and password below is random text made up for these tests.

const KEY_BODY = [
  "gMhLQ8VDDCmQEyyaVPFRB7FrpfqTTihJEtANAA1TGCOc6WGMhx2fkb43dFAUlecB",
  "w3El//DO5mSQfBkzPWfEoGLuCut3oG9MjkY7nmKMqIGUzRgTuHwxs4kUj0nDfT0l",
];
const NPM_TOKEN = "npm_2TrxoZ0p4ZR7YPXhxc3EYCJVmSjmTwiqeohy";
const PYPI_TOKEN = "pypi-y3IuKkWmRTGQ_M425Au1Tl8263Hu3dmIIuVfZ55A9EzBTkwyk3-O-LXz_Bc8";
const AWS_SECRET = "Tr1i3bYyYiNOs1Fl/sQYkxftcUeQIEzY4hbhNc9p";
const PASSWORD = "A7dJ1peP5RtGTxF56mnmtkhE";
const DOCKER_AUTH = "ZGVwbG95ZXI6V2tHREx2VVIxRFp5OE9mRg==";

function pem(label: string): string {
  return text(`-----BEGIN ${label}-----`, ...KEY_BODY, `-----END ${label}-----`);
}

/** A file read whole. */
function file(path: string, content = ""): Fragment {
  return { path, text: content, bytes: content.length };
}

/** The added lines of a change to the file (lines 7, 8, … of the new file). */
function added(path: string, ...lines: string[]): Fragment {
  return {
    path,
    text: lines.join("\n"),
    lineNumbers: lines.map((_, i) => 7 + i),
    change: "modified",
    bytes: 4096,
  };
}

/** A file whose content was not read. */
function skipped(path: string, reason: Fragment["skipped"] = "binary"): Fragment {
  return { path, text: "", skipped: reason, bytes: 2048 };
}

function ruleOf(fragment: Fragment, allowed?: readonly string[]): string | undefined {
  return detectSensitiveFile(fragment, allowed)?.rule;
}

describe("SENSITIVE_FILE_RULES", () => {
  it("documents every rule the detector reports, once", () => {
    const ids = SENSITIVE_FILE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      "file/dotenv",
      "file/private-key",
      "file/keystore",
      "file/npmrc-token",
      "file/pypirc-password",
      "file/cloud-credentials",
      "file/docker-config",
      "file/git-credentials",
      "file/netrc",
      "file/keepass",
      "file/terraform-state",
    ]);
    for (const r of SENSITIVE_FILE_RULES) {
      expect(r.title.length).toBeGreaterThan(0);
      expect(r.description.length).toBeGreaterThan(40);
      expect(r.fix.length).toBeGreaterThan(20);
    }
  });

  it("returns the rule's fix and a message that names the file", () => {
    const found = detectSensitiveFile(file("config/.env.production", "API_TOKEN=abc\n"));
    const rule = SENSITIVE_FILE_RULES.find((r) => r.id === "file/dotenv");
    expect(found).toEqual({
      rule: "file/dotenv",
      message:
        "config/.env.production is a dotenv file: it holds one machine's settings and secrets and must not be committed.",
      fix: rule?.fix,
    });
  });
});

describe("file/dotenv", () => {
  it.each([
    ".env",
    "config/.env",
    "packages/api/.env.local",
    ".env.production",
    ".env.production.local",
    ".env.example.local",
    ".env.test",
    ".env-prod",
    ".env_staging",
    ".env.json",
    ".env.sh",
    ".ENV",
    ".env.vault",
  ])("blocks %s whatever it holds", (path) => {
    expect(ruleOf(file(path, ""))).toBe("file/dotenv");
    expect(ruleOf(file(path, "# nothing here\n"))).toBe("file/dotenv");
    expect(ruleOf(added(path, "DEBUG=1"))).toBe("file/dotenv");
    expect(ruleOf(skipped(path, "too-large"))).toBe("file/dotenv");
  });

  it.each([
    ".env.example",
    ".env.sample",
    ".env.template",
    ".env.dist",
    ".env.production.example",
    ".env.EXAMPLE",
    "deploy/.env.staging.template",
    "docs/.env.md",
    "src/.env.ts",
    "types/.env.d.ts",
    "src/env.ts",
    "config/env.production",
    "example.env",
    ".envrc",
    ".environment",
    ".env/lib/python3.12/site-packages/six.py",
  ])("allows %s", (path) => {
    expect(ruleOf(file(path, "API_TOKEN=\n"))).toBeUndefined();
  });

  it("takes the allowed suffixes as a parameter, with or without the dot, in any case", () => {
    expect(DEFAULT_ALLOWED_DOTENV_SUFFIXES).toEqual(["example", "sample", "template", "dist"]);
    expect(ruleOf(file(".env.dist"), ["example"])).toBe("file/dotenv");
    expect(ruleOf(file(".env.example"), ["example"])).toBeUndefined();
    expect(ruleOf(file(".env.defaults"), [".Defaults"])).toBeUndefined();
    expect(ruleOf(file(".env.example"), [])).toBe("file/dotenv");
    expect(ruleOf(file(".env.example-local"), ["example-local"])).toBeUndefined();
    expect(ruleOf(file(".env.local"), ["example-local"])).toBe("file/dotenv");
    expect(ruleOf(file(".env_example"))).toBeUndefined();
    // The documentation and code extensions are not suffixes of a template: always allowed.
    expect(ruleOf(file("docs/.env.md"), [])).toBeUndefined();
  });
});

describe("file/private-key", () => {
  it.each([
    ["id_rsa", pem("RSA PRIVATE KEY")],
    ["home/deploy/.ssh/id_ed25519", pem("OPENSSH PRIVATE KEY")],
    ["id_ecdsa", pem("EC PRIVATE KEY")],
    ["id_dsa", pem("DSA PRIVATE KEY")],
    ["id_ed25519_sk", pem("OPENSSH PRIVATE KEY")],
    ["keys/id_rsa_github", pem("RSA PRIVATE KEY")],
    ["certs/server.pem", pem("PRIVATE KEY")],
    ["certs/bundle.pem", pem("CERTIFICATE") + pem("ENCRYPTED PRIVATE KEY")],
    ["tls/server.key", pem("RSA PRIVATE KEY")],
    ["config/master.key", "422281a0b81bf5d435c1577e022a4707\n"],
    ["signing.pem", pem("PGP PRIVATE KEY BLOCK")],
  ])("blocks %s holding a private key", (path, content) => {
    expect(ruleOf(file(path, content))).toBe("file/private-key");
  });

  it("blocks a change that adds a private key block, or key lines without their BEGIN line", () => {
    expect(ruleOf(added("certs/server.pem", "-----BEGIN PRIVATE KEY-----", ...KEY_BODY))).toBe(
      "file/private-key",
    );
    expect(ruleOf(added("certs/server.pem", ...KEY_BODY))).toBe("file/private-key");
    expect(ruleOf(added("certs/server.pem", `${KEY_BODY[1]}`, "-----END EC PRIVATE KEY-----"))).toBe(
      "file/private-key",
    );
  });

  it.each([
    "id_rsa",
    "certs/server.pem",
    "tls/server.key",
    "AuthKey_ABC123DEFG.p8",
    "putty/deploy.ppk",
    "slides/launch.key",
  ])("blocks %s by its name when its content was not read", (path) => {
    expect(ruleOf(skipped(path))).toBe("file/private-key");
  });

  it.each([
    ["id_rsa.pub", "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC4aw63sDJ9pMIH deploy@ci\n"],
    [
      "home/deploy/.ssh/id_ed25519.pub",
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGMhLQ8VDDCmQEyyaVPF deploy@ci\n",
    ],
    ["id_ed25519-cert.pub", "ssh-ed25519-cert-v01@openssh.com AAAAIHNzaC1lZDI1NTE5 deploy@ci\n"],
    [
      "keys/id_rsa_old",
      "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC4aw63sDJ9pMIH someone named the public key without .pub\n",
    ],
    ["certs/ca.pem", pem("CERTIFICATE")],
    ["certs/chain.pem", pem("CERTIFICATE") + pem("CERTIFICATE")],
    ["keys/jwt-public.pem", pem("PUBLIC KEY")],
    ["keys/jwt.key", pem("RSA PUBLIC KEY")],
    ["certs/empty.pem", ""],
    ["certs/csr.pem", pem("CERTIFICATE REQUEST")],
  ])("allows %s", (path, content) => {
    expect(ruleOf(file(path, content))).toBeUndefined();
  });

  it("allows a change to a certificate bundle that adds a certificate", () => {
    expect(
      ruleOf(added("certs/ca.pem", "-----BEGIN CERTIFICATE-----", ...KEY_BODY, "-----END CERTIFICATE-----")),
    ).toBe(undefined);
    expect(ruleOf(skipped("id_rsa.pub"))).toBeUndefined();
  });

  it.each(["src/keys.ts", "docs/pem-files.md", "keyboard.json", "src/id_rsa_parser.py.txt.pub"])(
    "does not look at %s",
    (path) => {
      expect(ruleOf(file(path, pem("RSA PRIVATE KEY")))).toBeUndefined();
    },
  );
});

describe("file/keystore", () => {
  it.each([
    "certs/client.p12",
    "certs/client.pfx",
    "android/release.jks",
    "app/upload.keystore",
    "store.jceks",
  ])("blocks %s by its name", (path) => {
    expect(ruleOf(skipped(path))).toBe("file/keystore");
    expect(ruleOf(file(path, "binary-ish"))).toBe("file/keystore");
  });

  it("allows Android's debug.keystore and files that only mention key stores", () => {
    expect(ruleOf(skipped("android/app/debug.keystore"))).toBeUndefined();
    expect(ruleOf(file("docs/keystore.md", "keytool -genkey …"))).toBeUndefined();
  });
});

describe("file/npmrc-token", () => {
  it.each([
    [".npmrc", text("registry=https://registry.npmjs.org/", `//registry.npmjs.org/:_authToken=${NPM_TOKEN}`)],
    ["packages/app/.npmrc", `//npm.pkg.github.com/:_authToken = ${NPM_TOKEN}\n`],
    [".npmrc", `_auth=${DOCKER_AUTH}\n`],
    [".npmrc", `//registry.internal/:_password="${DOCKER_AUTH}"\r\n`],
    [".yarnrc", `"//registry.npmjs.org/:_authToken" "${NPM_TOKEN}"\n`],
    [".yarnrc.yml", text("npmRegistryServer: https://registry.npmjs.org", `npmAuthToken: ${NPM_TOKEN}`)],
    [
      ".yarnrc.yml",
      text(
        "npmScopes:",
        "  acme:",
        "    npmRegistryServer: https://npm.acme.internal",
        `    npmAuthIdent: "deployer:${PASSWORD}"`,
      ),
    ],
  ])("blocks %s holding a token", (path, content) => {
    expect(ruleOf(file(path, content))).toBe("file/npmrc-token");
  });

  it("blocks a change that adds a token line, and an unread .npmrc", () => {
    expect(ruleOf(added(".npmrc", `//registry.npmjs.org/:_authToken=${NPM_TOKEN}`))).toBe("file/npmrc-token");
    expect(ruleOf(skipped(".npmrc", "unreadable"))).toBe("file/npmrc-token");
  });

  it.each([
    [".npmrc", `//registry.npmjs.org/:_authToken=${interpolation("NPM_TOKEN")}\n`],
    [
      ".npmrc",
      text(
        "registry=https://registry.npmjs.org/",
        "save-exact=true",
        "always-auth=true",
        "engine-strict=true",
      ),
    ],
    [".npmrc", text(`# //registry.npmjs.org/:_authToken=${NPM_TOKEN}`, `; _auth=${DOCKER_AUTH}`)],
    [".npmrc", "//registry.npmjs.org/:_authToken=\n"],
    [".npmrc", "//registry.npmjs.org/:_authToken=<your-npm-token>\n"],
    [".yarnrc.yml", `npmAuthToken: "${interpolation("NPM_TOKEN")}"\n`],
    [".yarnrc.yml", `npmAuthToken: "${interpolation("NPM_TOKEN")}" # set in CI\n`],
    [".yarnrc.yml", `npmAuthToken: ${interpolation("NPM_TOKEN:-")}\n`],
    [".yarnrc.yml", text("nodeLinker: node-modules", "enableTelemetry: false")],
    [".yarnrc", 'registry "https://registry.npmjs.org/"\n'],
  ])("allows %s without a literal token (%#)", (path, content) => {
    expect(ruleOf(file(path, content))).toBeUndefined();
  });

  it("allows a change to an .npmrc that adds no token", () => {
    expect(ruleOf(added(".npmrc", "save-exact=true"))).toBeUndefined();
  });
});

describe("file/pypirc-password", () => {
  it("blocks a .pypirc with a password or token", () => {
    const content = text(
      "[distutils]",
      "index-servers = pypi",
      "",
      "[pypi]",
      "username = __token__",
      `password = ${PYPI_TOKEN}`,
    );
    expect(ruleOf(file(".pypirc", content))).toBe("file/pypirc-password");
    expect(ruleOf(added("home/ci/.pypirc", `password:${PASSWORD}`))).toBe("file/pypirc-password");
    expect(ruleOf(skipped(".pypirc"))).toBe("file/pypirc-password");
  });

  it("allows a .pypirc without a password, or with a placeholder", () => {
    expect(ruleOf(file(".pypirc", text("[pypi]", "username = __token__")))).toBeUndefined();
    expect(ruleOf(file(".pypirc", text("[pypi]", "password = <your-pypi-token>")))).toBeUndefined();
    expect(
      ruleOf(file(".pypirc", text("[pypi]", `password = ${interpolation("PYPI_TOKEN")}`))),
    ).toBeUndefined();
    expect(ruleOf(file("docs/pypirc.md", `password = ${PYPI_TOKEN}`))).toBeUndefined();
  });
});

describe("file/cloud-credentials", () => {
  it.each([
    [
      ".aws/credentials",
      text("[default]", "aws_access_key_id = AKIAZ7Q3LMN4OPQ5RST6", `aws_secret_access_key = ${AWS_SECRET}`),
    ],
    [
      "ops/.aws/config",
      text("[profile ci]", "region = eu-west-1", `aws_session_token=${AWS_SECRET}${PASSWORD}`),
    ],
    [
      ".config/gcloud/application_default_credentials.json",
      JSON.stringify({
        client_id: "7-a.apps.googleusercontent.com",
        client_secret: PASSWORD,
        refresh_token: `1//${AWS_SECRET}`,
        type: "authorized_user",
      }),
    ],
    [
      "deploy/ci-deployer.json",
      JSON.stringify({
        type: "service_account",
        private_key: `-----BEGIN PRIVATE KEY-----\n${KEY_BODY.join("\n")}\n-----END PRIVATE KEY-----\n`,
      }),
    ],
    [
      ".azure/credentials",
      text("[default]", "subscription_id=00000000-0000-0000-0000-000000000000", `secret=${PASSWORD}`),
    ],
  ])("blocks %s holding a secret", (path, content) => {
    expect(ruleOf(file(path, content))).toBe("file/cloud-credentials");
  });

  it.each([
    ".aws/credentials",
    ".config/gcloud/application_default_credentials.json",
    ".config/gcloud/credentials.db",
    ".config/gcloud/access_tokens.db",
    ".config/gcloud/legacy_credentials/deployer@acme-prod.iam.gserviceaccount.com/adc.json",
    ".azure/msal_token_cache.json",
    ".azure/msal_token_cache.bin",
    ".azure/accessTokens.json",
    ".azure/service_principal_entries.json",
  ])("blocks %s by its name when its content was not read", (path) => {
    expect(ruleOf(skipped(path))).toBe("file/cloud-credentials");
  });

  it("blocks a change that adds the secret line", () => {
    expect(ruleOf(added(".aws/credentials", `aws_secret_access_key=${AWS_SECRET}`))).toBe(
      "file/cloud-credentials",
    );
    expect(
      ruleOf(
        added(
          "keys/sa.json",
          `  "private_key": "-----BEGIN PRIVATE KEY-----\\n${KEY_BODY[0]}\\n-----END PRIVATE KEY-----\\n",`,
        ),
      ),
    ).toBe("file/cloud-credentials");
  });

  it.each([
    [
      ".aws/credentials",
      text("[default]", "aws_access_key_id = AKIAZ7Q3LMN4OPQ5RST6", "aws_secret_access_key ="),
    ],
    [
      ".aws/config",
      text(
        "[profile ci]",
        "region = eu-west-1",
        "role_arn = arn:aws:iam::123456789012:role/ci",
        "credential_process = aws-vault export ci",
      ),
    ],
    [".aws/credentials", text("[default]", "aws_secret_access_key = <your-secret-access-key>")],
    ["aws/credentials", `aws_secret_access_key = ${AWS_SECRET}`],
    [
      "gcloud/application_default_credentials.json",
      JSON.stringify({
        type: "external_account",
        audience: "//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/ci/providers/gh",
        credential_source: { file: "/var/run/token" },
      }),
    ],
    [
      "deploy/sa-template.json",
      JSON.stringify({ type: "service_account", private_key: "<paste the key here>" }),
    ],
    ["package.json", JSON.stringify({ name: "app", scripts: { private_key: "node gen-key.js" } })],
    [".azure/azureProfile.json", JSON.stringify({ subscriptions: [{ id: "1", name: "prod" }] })],
    [".azure/credentials", text("[default]", "client_id=abc", "secret=")],
  ])("allows %s (%#)", (path, content) => {
    expect(ruleOf(file(path, content))).toBeUndefined();
  });

  it("allows an unread JSON file that is not a known credentials file", () => {
    expect(ruleOf(skipped("deploy/ci-deployer.json"))).toBeUndefined();
    expect(ruleOf(skipped(".azure/azureProfile.json"))).toBeUndefined();
  });
});

describe("file/docker-config", () => {
  it("blocks a Docker config with an auth or identity token", () => {
    const content = JSON.stringify({ auths: { "ghcr.io": { auth: DOCKER_AUTH } } }, null, 2);
    expect(ruleOf(file(".docker/config.json", content))).toBe("file/docker-config");
    expect(
      ruleOf(
        file("ci/.docker/config.json", `{"auths":{"registry.internal":{"identitytoken":"${PASSWORD}"}}}`),
      ),
    ).toBe("file/docker-config");
    expect(
      ruleOf(file(".dockercfg", `{"registry.internal":{"auth":"${DOCKER_AUTH}","email":"ci@acme.test"}}`)),
    ).toBe("file/docker-config");
    expect(ruleOf(added(".docker/config.json", `      "auth": "${DOCKER_AUTH}"`))).toBe("file/docker-config");
    expect(ruleOf(skipped(".docker/config.json", "too-large"))).toBe("file/docker-config");
  });

  it("allows a config that uses a credential helper, and other config.json files", () => {
    expect(
      ruleOf(
        file(".docker/config.json", JSON.stringify({ auths: { "ghcr.io": {} }, credsStore: "desktop" })),
      ),
    ).toBe(undefined);
    expect(
      ruleOf(file(".docker/config.json", JSON.stringify({ auths: { "ghcr.io": { auth: "" } } }))),
    ).toBeUndefined();
    expect(
      ruleOf(file("config.json", JSON.stringify({ auths: { "ghcr.io": { auth: DOCKER_AUTH } } }))),
    ).toBeUndefined();
  });
});

describe("file/git-credentials, file/netrc, file/keepass, file/terraform-state", () => {
  it("blocks .git-credentials whatever it holds", () => {
    expect(ruleOf(file(".git-credentials", `https://deployer:${PASSWORD}@git.acme.internal\n`))).toBe(
      "file/git-credentials",
    );
    expect(ruleOf(file("home/ci/.git-credentials", ""))).toBe("file/git-credentials");
    expect(ruleOf(skipped(".git-credentials"))).toBe("file/git-credentials");
  });

  it("blocks a .netrc or _netrc with a password", () => {
    expect(ruleOf(file(".netrc", `machine api.heroku.com login ci@acme.test password ${PASSWORD}\n`))).toBe(
      "file/netrc",
    );
    expect(
      ruleOf(file("_netrc", text("machine git.acme.internal", "  login deployer", `  password ${PASSWORD}`))),
    ).toBe("file/netrc");
    expect(ruleOf(added(".netrc", `  password ${PASSWORD}`))).toBe("file/netrc");
    expect(ruleOf(skipped(".netrc"))).toBe("file/netrc");
  });

  it("allows a .netrc without a password, or with a placeholder", () => {
    expect(ruleOf(file(".netrc", "machine git.acme.internal login deployer\n"))).toBeUndefined();
    expect(
      ruleOf(file(".netrc", "machine git.acme.internal login deployer password <token>\n")),
    ).toBeUndefined();
    expect(ruleOf(file("netrc.md", `machine x login y password ${PASSWORD}\n`))).toBeUndefined();
  });

  it("blocks KeePass databases and Terraform state by name", () => {
    expect(ruleOf(skipped("secrets/team.kdbx"))).toBe("file/keepass");
    expect(ruleOf(skipped("old/passwords.kdb"))).toBe("file/keepass");
    expect(ruleOf(file("infra/terraform.tfstate", '{"version": 4}\n'))).toBe("file/terraform-state");
    expect(ruleOf(file("infra/terraform.tfstate.backup", "{}\n"))).toBe("file/terraform-state");
    expect(ruleOf(file("infra/terraform.tfstate.d/prod/terraform.tfstate", "{}\n"))).toBe(
      "file/terraform-state",
    );
    expect(ruleOf(skipped("infra/.terraform/terraform.tfstate", "too-large"))).toBe("file/terraform-state");
  });

  it("allows Terraform sources and lock files", () => {
    expect(ruleOf(file("infra/main.tf", 'resource "random_password" "db" {}\n'))).toBeUndefined();
    expect(ruleOf(file("infra/.terraform.lock.hcl", "provider {}\n"))).toBeUndefined();
    expect(ruleOf(file("docs/tfstate.md", "never commit *.tfstate\n"))).toBeUndefined();
  });
});

describe("ordinary files", () => {
  it.each([
    "README.md",
    "src/index.ts",
    "package.json",
    "config/base.yaml",
    "docs/credentials.md",
    "src/auth/token.ts",
    "-",
  ])("%s is not sensitive", (path) => {
    expect(ruleOf(file(path, `TOKEN=${NPM_TOKEN}\n`))).toBeUndefined();
    expect(ruleOf(skipped(path))).toBeUndefined();
  });

  it("reads Windows separators too", () => {
    expect(ruleOf(file("config\\.env"))).toBe("file/dotenv");
    expect(ruleOf(skipped(".aws\\credentials"))).toBe("file/cloud-credentials");
  });
});
