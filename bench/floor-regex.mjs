#!/usr/bin/env node
// The floor for `envguard scan --no-git <dir>`: the least work any secret scanner must do over a tree,
// as its own Node process: walk the folder (not entering `.git`, not following symbolic links), read
// every regular file, skip the binary ones the way envguard does (a NUL byte in the first 8 KiB),
// decode the rest as UTF-8 and run ONE global regular expression — an alternation of a few dozen
// well-known token prefixes and shapes — over the whole text, counting the matches.
//
//   node bench/floor-regex.mjs [--skip-like-envguard] <dir>
//
// --skip-like-envguard   also leave out what envguard leaves out by default: lockfiles (by base name)
//                        and files larger than 2 MiB. Without it every non-binary file is read.
//
// Prints one line of JSON: {"files", "read", "binary", "skipped", "bytes", "matches", "ms"} and exits 0.
// It answers no question a user has (no rule logic, no positions, no report); it only costs what
// reading and one regex pass over the same bytes cost.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const likeEnvguard = args.includes("--skip-like-envguard");
const dirs = args.filter((a) => !a.startsWith("--"));
if (dirs.length !== 1) {
  console.error("usage: node bench/floor-regex.mjs [--skip-like-envguard] <dir>");
  process.exit(2);
}
const start = performance.now();

// What envguard skips by default (src/scan/sources/scan-source.ts), used only with --skip-like-envguard.
const BINARY_SNIFF_BYTES = 8192;
const MAX_FILE_SIZE = 2 * 1024 * 1024;
const LOCKFILES = new Set([
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lock",
  "deno.lock",
  "Cargo.lock",
  "poetry.lock",
  "Pipfile.lock",
  "uv.lock",
  "composer.lock",
  "Gemfile.lock",
  "go.sum",
]);

// A few dozen prefixes and shapes of the secrets scanners look for; one alternation, one pass.
const PATTERN = new RegExp(
  [
    "(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|A3T[A-Z0-9])[A-Z0-9]{16}",
    "aws_secret_access_key",
    "secretAccessKey",
    "gh[pousr]_[A-Za-z0-9]{36}",
    "github_pat_[A-Za-z0-9_]{22,}",
    "xox[abposr]-[A-Za-z0-9-]{10,}",
    "xapp-[0-9]-[A-Za-z0-9-]+",
    "hooks\\.slack\\.com/services/",
    "-----BEGIN [A-Z ]*PRIVATE KEY-----",
    "[sr]k_(?:live|test)_[A-Za-z0-9]{20,}",
    "sk-ant-[A-Za-z0-9_-]{20,}",
    "sk-proj-[A-Za-z0-9_-]{20,}",
    "glpat-[A-Za-z0-9_-]{20}",
    "npm_[A-Za-z0-9]{36}",
    "SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}",
    "shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}",
    "AIza[0-9A-Za-z_-]{35}",
    "dop_v1_[a-f0-9]{64}",
    "pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]+",
    "lin_api_[A-Za-z0-9]{40}",
    "ops_eyJ[A-Za-z0-9+/=]+",
    "eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]+",
    "(?:postgres(?:ql)?|mysql|mongodb(?:\\+srv)?|redis|amqps?)://[^\\s:@/]+:[^\\s@/]+@",
    "https?://[^\\s:@/]+:[^\\s@/]+@",
    "SK[0-9a-fA-F]{32}",
    "AC[0-9a-f]{32}",
    "key-[0-9a-f]{32}",
    "EAACEdEose0cBA[0-9A-Za-z]+",
    "dd(?:api|app)[_-]?key",
    "DefaultEndpointsProtocol=https?;AccountName=",
    "sntrys_eyJ[A-Za-z0-9+/=]+",
    "PMAK-[a-f0-9]{24}-[a-f0-9]{34}",
    "dp\\.st\\.[a-z0-9_-]+\\.[A-Za-z0-9]{40}",
    "[0-9]{8,10}:AA[0-9A-Za-z_-]{33}",
    "(?:api[_-]?key|secret|token|passw(?:or)?d)[\"']?\\s*[:=]\\s*[\"'][^\"'\\s]{12,}[\"']",
  ].join("|"),
  "g",
);

const stats = { files: 0, read: 0, binary: 0, skipped: 0, bytes: 0, matches: 0 };

function scanFile(file, name) {
  stats.files++;
  if (likeEnvguard && LOCKFILES.has(name)) {
    stats.skipped++;
    return;
  }
  const content = readFileSync(file);
  if (likeEnvguard && content.length > MAX_FILE_SIZE) {
    stats.skipped++;
    return;
  }
  if (content.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    stats.binary++;
    return;
  }
  stats.read++;
  stats.bytes += content.length;
  const text = content.toString("utf8");
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) stats.matches++;
}

function walk(dir) {
  const entries = readdirSync(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name === ".git") continue;
    const full = path.join(dir, entry.name);
    // Dirent types come from lstat: a symbolic link is neither, so it is never followed.
    if (entry.isDirectory()) walk(full);
    else if (entry.isFile()) scanFile(full, entry.name);
  }
}

walk(path.resolve(dirs[0]));
console.log(JSON.stringify({ ...stats, ms: Math.round(performance.now() - start) }));
