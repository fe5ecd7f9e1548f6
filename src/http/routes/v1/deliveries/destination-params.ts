import { z } from "zod";

export const DestinationParams = z.object({
  prospect_search_id: z.uuid({ message: "Must be a UUID" }),
  destination_id: z.uuid({ message: "Must be a UUID" }),
});
