export { extractPeople, type PeopleContext } from "./extract-people.ts";
export { classifyRole } from "./role-class.ts";
export { inferEmail, withInferredEmails, localPartFor, type InferredEmail, type EmailPattern } from "./infer-email.ts";
export { checkEmailStatus, type EmailStatusPorts, type EmailStatusOptions, type MxRecord } from "./email-status.ts";
export { createSmtpProbe, type SmtpProbeOptions } from "./smtp-probe.ts";
export { nodeDnsPorts } from "./dns-ports.ts";
export type { SmtpProbeResult } from "./smtp-probe-result.ts";
