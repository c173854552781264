import { styleText } from "node:util";
import type { EnvironmentStatus } from "../checks/check-project.js";
import type { Finding } from "./finding.js";
export interface TextOptions {
    /** False: one flat list without environment headings (the scanner's findings). Default true. */
    grouped?: boolean;
    color: boolean;
    /** Every environment in policy order: a finding that names all of them is shown as "all environments". */
    allEnvironments: string[];
}
type Style = Parameters<typeof styleText>[0];
export declare function painter(color: boolean): (style: Style, text: string) => string;
/** Groups findings by environment, then file; each line is `file:line:col  severity  rule  message`. */
export declare function renderText(findings: Finding[], environments: EnvironmentStatus[], options: TextOptions): string;
export {};
