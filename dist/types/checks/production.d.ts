import type { Policy } from "../config/policy.js";
import { type Resolution } from "../config/resolve.js";
import { type Finding } from "../report/finding.js";
/**
 * Production rules over one production environment's resolved config: no loopback hosts, no
 * plain http to public hosts, no debug log level. Reported where the value was set.
 */
export declare function checkProductionRules(resolution: Resolution, policy: Policy): Finding[];
