import type { Db } from "../../db/database.ts";
import { isSealed, type SecretBox } from "../secrets/secret-box.ts";
import { sealDestinationSecrets } from "./sealed-secrets.ts";

/**
 * Start-up step: destinations stored before secrets were encrypted get their signing secret and
 * bearer token sealed in place. Idempotent; each row is updated only while it is still in clear.
 */
export async function encryptClearDestinationSecrets(db: Db, secrets: SecretBox): Promise<number> {
  const rows = await db.selectFrom("webhook_destinations").select(["id", "signing_secret", "auth_token"]).where("signing_secret", "not like", "enc:v1:%").execute();
  let sealed = 0;
  for (const row of rows) {
    const authToken = row.auth_token !== null && !isSealed(row.auth_token) ? row.auth_token : null;
    const values = sealDestinationSecrets(secrets, row.id, { signingSecret: row.signing_secret, authToken });
    const result = await db
      .updateTable("webhook_destinations")
      .set({ signing_secret: values.signing_secret, ...(authToken !== null ? { auth_token: values.auth_token } : {}) })
      .where("id", "=", row.id)
      .where("signing_secret", "=", row.signing_secret)
      .executeTakeFirst();
    sealed += Number(result.numUpdatedRows);
  }
  return sealed;
}
