import { regexRule } from "../regex-rule.js";
import { decodeBase64 } from "./shared.js";

const LOCATIONS = new Set(["pypi.org", "test.pypi.org"]);

/**
 * True when the token's body is a version-2 macaroon as PyPI serializes it: version byte 2, a
 * location field (type 1) naming pypi.org or test.pypi.org, an identifier field (type 2), and at
 * the end an end-of-section byte and the 32-byte signature field (type 6).
 */
function isPypiMacaroon(body: string): boolean {
  const bytes = decodeBase64(body);
  if (!bytes || bytes.length < 40) return false;
  const locationLength = bytes[2] ?? 0;
  const location = bytes.subarray(3, 3 + locationLength).toString("latin1");
  const n = bytes.length;
  return (
    bytes[0] === 2 &&
    bytes[1] === 1 &&
    LOCATIONS.has(location) &&
    bytes[3 + locationLength] === 2 &&
    bytes[n - 35] === 0 &&
    bytes[n - 34] === 6 &&
    bytes[n - 33] === 32
  );
}

/**
 * PyPI API tokens: `pypi-` and a macaroon in URL-safe base64 of at least 85 characters. Its first
 * bytes are fixed (version 2, location pypi.org), so real tokens start `pypi-AgEIcHlwaS5vcmc`
 * (TestPyPI: `pypi-AgENdGVzdC5weXBpLm9yZw`); the rule decodes the macaroon to confirm it.
 */
export const pypi = regexRule({
  id: "secret/pypi",
  title: "PyPI API token",
  description:
    "A PyPI (or TestPyPI) API token: pypi- then a version-2 macaroon serialized in URL-safe base64, at least 85 characters, beginning AgEIcHlwaS5vcmc for pypi.org (PyPI documentation, 'API tokens' and 'Detecting the PyPI secret format'); the rule decodes it and checks the macaroon's location, identifier and signature fields.",
  fix: "Delete the token on pypi.org (Account settings › API tokens, or the project's settings), create a project-scoped one or switch the workflow to Trusted Publishing, and keep any token in the CI system's secret store.",
  severity: "error",
  keywords: ["pypi-ageichlwas5vcm", "pypi-agendgvzdc5wexbplm9yz"],
  pattern:
    /(?<![0-9A-Za-z_-])(?<secret>pypi-(?:AgEIcHlwaS5vcm|AgENdGVzdC5weXBpLm9yZ)[0-9A-Za-z_-]{71,})(?![0-9A-Za-z_-])/g,
  accept: (secret) => isPypiMacaroon(secret.slice("pypi-".length)),
  samples: {
    positive: [
      "TWINE_PASSWORD=«pypi-AgEIcHlwaS5vcmcCJDkwYTU4MGU2LTBkYjItNGJjOC05ZWY3LWFkMTJhNTBmYWNlMQACJXsicGVybWlzc2lvbnMiOiAidXNlciIsICJ2ZXJzaW9uIjogMX0AAAYgmfyWIh6jx6klIGSDs_KaH5NhoXNPon-UKiQJZtP4aFg»",
      "[pypi]\n  username = __token__\n  password = «pypi-AgEIcHlwaS5vcmcCJDcwYTU2ZWQxLWUzNzctNGMwMS04NzMwLTNmYTVhY2Q3MTk3MAACFVsxLFsiZW52Z3VhcmQtZGVtbyJdXQAABiCIG7qGrErDd6GaFquedSlGTeZJgRr-KK_2-UkiSBt7-A»",
      "- run: twine upload -u __token__ -p «pypi-AgENdGVzdC5weXBpLm9yZwIkZjk1MjI5ZWEtNGI1MC00ZmUxLWE2NjUtOGNkNWFiZWQ5YzFjAAI7eyJwZXJtaXNzaW9ucyI6IHsicHJvamVjdHMiOiBbInNhbXBsZS1wa2ciXX0sICJ2ZXJzaW9uIjogMX0AAAYgUKRZK6095Cn0iJYdqp9MvQkKQm-b61eqlMqb_iCn5a8» dist/*",
      'token = "«pypi-AgEIcHlwaS5vcmcCJGIwMjNjMjQ1LWM4ZTEtNGJhMC04ZGY1LTRlYTI4NjA5NzNlNwAABiB8HT-AhjnRpvMC4umrN_JhG6_bgkHjqIJQMJzXZMZSXw»"',
    ],
    negative: [
      // The same token cut short: the signature field is gone.
      "TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcCJGE4YzZkN2VhLTkxMGEtNDA5OS04OTRhLTc3NGIzYzA3YzQ4ZQACGVswLDE3MzU2ODk2MDAsMTc2NzIyNTYwMF0AAg5bMSxbInRvb2wteCJdXQAABiCfIuInlV3ETkIvAg7abuBCrlOP0037YJH",
      "TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc",
      "TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "TWINE_PASSWORD=pypi-<your-token>",
      // Right prefix, random tail: not a macaroon.
      "TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcqMeakqD8rkrlZpdY0JZMGESn6kAU1ZlCUYIasn2TgLEbDMN1oGVBvsDAUOaLismYXR5TKGXQrEpOnQJ8zkfXWIUZDNIygtbXa",
    ],
  },
});
