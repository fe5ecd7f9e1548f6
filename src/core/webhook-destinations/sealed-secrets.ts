import type { SecretBox } from "../secrets/secret-box.ts";

// Each sealed value is bound to its row and column, so it cannot be moved to another destination.
const contextOf = (column: "signing_secret" | "auth_token", destinationId: string) => `webhook_destinations.${column}:${destinationId}`;

export function sealDestinationSecrets(secrets: SecretBox, destinationId: string, clear: { signingSecret: string; authToken: string | null }) {
  return {
    signing_secret: secrets.seal(clear.signingSecret, contextOf("signing_secret", destinationId)),
    auth_token: clear.authToken === null ? null : secrets.seal(clear.authToken, contextOf("auth_token", destinationId)),
  };
}

export function openDestinationSecrets(secrets: SecretBox, row: { destination_id: string; signing_secret: string; auth_token: string | null }) {
  return {
    signingSecret: secrets.open(row.signing_secret, contextOf("signing_secret", row.destination_id)),
    authToken: row.auth_token === null ? null : secrets.open(row.auth_token, contextOf("auth_token", row.destination_id)),
  };
}
