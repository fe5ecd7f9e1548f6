// Generated from openapi.json by openapi-typescript (npm run openapi). Do not edit: a test fails when it is stale.

export type paths = {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service health
         * @description Unauthenticated liveness and database check for load balancers: 200 `healthy`, 503 `degraded` when the database does not answer in time.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Validate the API key and list its scopes
         * @description Required scopes: any active API key.
         */
        get: operations["getAuthValidate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organizations
         * @description Operator (admin) key required.
         */
        get: operations["getAdminOrganizations"];
        put?: never;
        /**
         * Create an organization
         * @description Operator (admin) key required.
         */
        post: operations["postAdminOrganizations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/organizations/{org_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an organization
         * @description Operator (admin) key required.
         */
        get: operations["getAdminOrganizationsByOrgId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update organization settings (name, rate-limit tier, auto-accept size, discovery crawl budget, monthly budget)
         * @description Operator (admin) key required.
         */
        patch: operations["patchAdminOrganizationsByOrgId"];
        trace?: never;
    };
    "/api/admin/v1/organizations/{org_id}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an organization's API keys (never the secrets)
         * @description Operator (admin) key required.
         */
        get: operations["getAdminOrganizationsByOrgIdApiKeys"];
        put?: never;
        /**
         * Create an API key for an organization (the secret is shown once)
         * @description Operator (admin) key required.
         */
        post: operations["postAdminOrganizationsByOrgIdApiKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/api-keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Operator (admin) key required.
         */
        delete: operations["deleteAdminApiKeysByKeyId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your orders
         * @description Required scopes: orders:read.
         */
        get: operations["getOrders"];
        put?: never;
        /**
         * Create enrichment or discovery order
         * @description Test keys may order at most OPENPROSPECT_TEST_MODE_COMPANIES_PER_HOUR companies per organization and hour (429 TEST_MODE_QUOTA_EXCEEDED beyond).
         */
        post: operations["postOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get order status
         * @description Required scopes: orders:read.
         */
        get: operations["getOrdersByOrderId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an order that has not finished
         * @description Required scopes: orders:write.
         */
        post: operations["postOrdersByOrderIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get enriched results (companies with contacts)
         * @description Required scopes: orders:read.
         */
        get: operations["getOrdersByOrderIdResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Orders across organizations (the review queue with status=RECEIVED)
         * @description Operator (admin) key required.
         */
        get: operations["getAdminOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/orders/{order_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an order (starts fulfilment; estimated_cost defaults to the price list times the company count)
         * @description Operator (admin) key required.
         */
        post: operations["postAdminOrdersByOrderIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/orders/{order_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject an order with a message for the client
         * @description Operator (admin) key required.
         */
        post: operations["postAdminOrdersByOrderIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/orders/{order_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an order
         * @description Operator (admin) key required.
         */
        post: operations["postAdminOrdersByOrderIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/price-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The prices in force (the operator's own, the configured default for the rest)
         * @description Operator (admin) key required.
         */
        get: operations["getAdminPriceList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set prices (null returns an item to the configured default)
         * @description Operator (admin) key required.
         */
        patch: operations["patchAdminPriceList"];
        trace?: never;
    };
    "/api/admin/v1/webhook-events/{event_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay any webhook event (same webhook-id)
         * @description Operator (admin) key required.
         */
        post: operations["postAdminWebhookEventsByEventIdReplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/companies/{company_id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a company (GDPR erasure/objection): data deleted, domain suppressed, feeds and webhooks told
         * @description Operator (admin) key required.
         */
        post: operations["postAdminCompaniesByCompanyIdErase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/companies/{company_id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a duplicate company into another; feeds report it as merged
         * @description Operator (admin) key required.
         */
        post: operations["postAdminCompaniesByCompanyIdMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/prospects/{prospect_id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase one person everywhere (GDPR erasure): data deleted, e-mail and name suppressed, webhooks told with ids only
         * @description Operator (admin) key required.
         */
        post: operations["postAdminProspectsByProspectIdErase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/suppressions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List suppressions, newest first
         * @description Operator (admin) key required.
         */
        get: operations["getAdminSuppressions"];
        put?: never;
        /**
         * Suppress an e-mail, a person (name + company domain) or a whole domain; only its hash is stored
         * @description Operator (admin) key required.
         */
        post: operations["postAdminSuppressions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/suppressions/{suppression_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Lift a suppression
         * @description Operator (admin) key required.
         */
        delete: operations["deleteAdminSuppressionsBySuppressionId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/erasure-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List erasure/objection requests, oldest first (status=pending is the queue)
         * @description Operator (admin) key required.
         */
        get: operations["getAdminErasureRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/erasure-requests/{request_id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a pending request: erase the person everywhere, or reject
         * @description Operator (admin) key required.
         */
        post: operations["postAdminErasureRequestsByRequestIdResolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/merge-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List merge candidates, oldest first (status=pending is the review queue)
         * @description Operator (admin) key required.
         */
        get: operations["getAdminMergeCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/merge-candidates/{candidate_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve: merge the crawl's company into the known one
         * @description Operator (admin) key required.
         */
        post: operations["postAdminMergeCandidatesByCandidateIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/merge-candidates/{candidate_id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dismiss: keep both companies apart
         * @description Operator (admin) key required.
         */
        post: operations["postAdminMergeCandidatesByCandidateIdDismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/company-imports/{import_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import's status, counts and first errors
         * @description Operator (admin) key required.
         */
        get: operations["getAdminCompanyImportsByImportId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/v1/company-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Company imports, newest first
         * @description Operator (admin) key required.
         */
        get: operations["getAdminCompanyImports"];
        put?: never;
        /**
         * Import open company data into the discovery index (streamed body: text/csv, application/x-ndjson or Overpass application/json)
         * @description Operator (admin) key required.
         */
        post: operations["postAdminCompanyImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blacklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your blacklists
         * @description Required scopes: blacklists:read.
         */
        get: operations["getBlacklists"];
        put?: never;
        /**
         * Create a blacklist
         * @description Required scopes: blacklists:write.
         */
        post: operations["postBlacklists"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blacklists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a blacklist
         * @description Required scopes: blacklists:read.
         */
        get: operations["getBlacklistsById"];
        put?: never;
        post?: never;
        /**
         * Delete a blacklist with its entries and assignments
         * @description Required scopes: blacklists:write.
         */
        delete: operations["deleteBlacklistsById"];
        options?: never;
        head?: never;
        /**
         * Update blacklist name/description
         * @description Required scopes: blacklists:write.
         */
        patch: operations["patchBlacklistsById"];
        trace?: never;
    };
    "/api/v1/blacklists/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List entries (paginated)
         * @description Required scopes: blacklists:read.
         */
        get: operations["getBlacklistsByIdEntries"];
        put?: never;
        /**
         * Add entries in bulk (up to 10,000 per request; JSON or CSV)
         * @description Required scopes: blacklists:write. Invalid entries are reported with their index and reason and skipped; duplicates are counted, not stored. A CSV file (`Content-Type: text/csv`, UTF-8 or Windows-1252 via `charset`, separated by comma, semicolon or tab, with a header row) is read as the same bulk add: columns are found by header name — company_name: Firma, Firmenname, Unternehmen, Company, Name; website_url: Website, Webseite, URL, Domain, Homepage; city: Ort, Stadt, City; country: Land, Country; external_id: ID, External ID, Kundennummer. Each data row is one entry (invalid_entries index from 0, the header not counted); other columns are ignored.
         */
        post: operations["postBlacklistsByIdEntries"];
        /**
         * Remove entries by ID
         * @description Required scopes: blacklists:write.
         */
        delete: operations["deleteBlacklistsByIdEntries"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prospect-searches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List available prospect searches
         * @description Required scopes: prospect_searches:read.
         */
        get: operations["getProspectSearches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prospect-searches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get prospect search details (with its current version)
         * @description Required scopes: prospect_searches:read.
         */
        get: operations["getProspectSearchesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update prospect search (ICP)
         * @description Required scopes: prospect_searches:write. Partial update (AIP-134 field mask) with optimistic locking; admin-only fields sent with an API key are dropped and listed in stripped_fields.
         */
        patch: operations["patchProspectSearchesById"];
        trace?: never;
    };
    "/api/v1/prospect-searches/{id}/blacklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List assigned blacklists
         * @description Required scopes: blacklists:read.
         */
        get: operations["getProspectSearchesByIdBlacklists"];
        /**
         * Set assigned blacklists (replaces the set)
         * @description Required scopes: blacklists:write.
         */
        put: operations["putProspectSearchesByIdBlacklists"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search-profile-creations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a search profile (asynchronous)
         * @description Required scopes: orders:write. The Idempotency-Key header is required; poll GET /api/v1/search-profile-creations/{id}.
         */
        post: operations["postSearchProfileCreations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search-profile-creations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Poll a search profile creation
         * @description Required scopes: orders:read.
         */
        get: operations["getSearchProfileCreationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the companies of a prospect search
         * @description Required scopes: companies:read.
         */
        get: operations["getCompanies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{company_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a company
         * @description Required scopes: companies:read.
         */
        get: operations["getCompaniesByCompanyId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set a company's review status in one prospect search
         * @description Required scopes: prospect_searches:write.
         */
        patch: operations["patchCompaniesByCompanyId"];
        trace?: never;
    };
    "/api/v1/companies/{company_id}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a company's job listings
         * @description Required scopes: companies:read.
         */
        get: operations["getCompaniesByCompanyIdJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{company_id}/jobs/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Summarize a company's hiring activity
         * @description Required scopes: companies:read.
         */
        get: operations["getCompaniesByCompanyIdJobsSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{company_id}/webtech-intel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a company's technology stack
         * @description Required scopes: companies:read.
         */
        get: operations["getCompaniesByCompanyIdWebtechIntel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{company_id}/webtech-intel/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count a company's technologies by category
         * @description Required scopes: companies:read.
         */
        get: operations["getCompaniesByCompanyIdWebtechIntelSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prospects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List prospects (people at your companies)
         * @description Required scopes: prospects:read.
         */
        get: operations["getProspects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prospects/{prospect_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a prospect
         * @description Required scopes: prospects:read.
         */
        get: operations["getProspectsByProspectId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prospects/{prospect_id}/erasure-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File an erasure or objection request for a prospect; it waits for the operator (202)
         * @description Required scopes: prospects:read.
         */
        post: operations["postProspectsByProspectIdErasureRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries/{prospect_search_id}/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delivered companies with their prospects, for CRM sync
         * @description Oldest first. Items are delivered companies (event qualified) and later withdrawals (erased, merged). Pass next_cursor as cursor to read the next page; it is null on the last page. Store resume_cursor and pass it as cursor on the next sync to receive only what was delivered since.
         */
        get: operations["getDeliveriesByProspectSearchIdCompanies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries/{prospect_search_id}/destinations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a search's webhook destinations
         * @description Required scopes: deliveries:read.
         */
        get: operations["getDeliveriesByProspectSearchIdDestinations"];
        put?: never;
        /**
         * Add a webhook destination (the signing secret is shown once)
         * @description Required scopes: deliveries:write.
         */
        post: operations["postDeliveriesByProspectSearchIdDestinations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries/{prospect_search_id}/destinations/{destination_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook destination
         * @description Required scopes: deliveries:read.
         */
        get: operations["getDeliveriesByProspectSearchIdDestinationsByDestinationId"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook destination
         * @description Required scopes: deliveries:write.
         */
        delete: operations["deleteDeliveriesByProspectSearchIdDestinationsByDestinationId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries/{prospect_search_id}/destinations/{destination_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delivery log of a webhook destination: every event with every attempt
         * @description Required scopes: deliveries:read.
         */
        get: operations["getDeliveriesByProspectSearchIdDestinationsByDestinationIdEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries/{prospect_search_id}/destinations/{destination_id}/events/{event_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivered or failed event again, with the same webhook-id
         * @description Required scopes: deliveries:write.
         */
        post: operations["postDeliveriesByProspectSearchIdDestinationsByDestinationIdEventsByEventIdReplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries/{prospect_search_id}/destinations/{destination_id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a destination paused after repeated failures; held events are sent
         * @description Required scopes: deliveries:write.
         */
        post: operations["postDeliveriesByProspectSearchIdDestinationsByDestinationIdResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        PriceListUpdateInput: {
            per_company?: number | null;
            per_feature?: {
                COMPANY_DATA?: number | null;
                CONTACTS?: number | null;
                TECHNOLOGIES?: number | null;
                JOBS?: number | null;
                LEGAL_DATA?: number | null;
                MATCH_SCORING?: number | null;
            };
        };
        IcpReadingInput: {
            industries: {
                include: string[];
                exclude: string[];
                /** @default [] */
                matched: {
                    term: string;
                    code: string;
                    excluded: boolean;
                }[];
            };
            countries: string[];
            /** @default [] */
            excluded_countries: string[];
            regions: {
                name: string;
                country: string;
            }[];
            cities: string[];
            postal_code_prefixes: string[];
            size: {
                min: number | null;
                max: number | null;
                /** @default  */
                text: string;
            } | null;
        };
        Error: {
            code: string;
            message: string;
            request_id: string;
            resource_type?: string;
            identifier?: string;
            details?: {
                [key: string]: unknown;
            };
        };
        PriceList: {
            /** @description Charged for every delivered (ENRICHED) company, whatever the features */
            per_company: number;
            /** @description Added per delivered company for each feature the order asks for */
            per_feature: {
                COMPANY_DATA: number;
                CONTACTS: number;
                TECHNOLOGIES: number;
                JOBS: number;
                LEGAL_DATA: number;
                MATCH_SCORING: number;
            };
        };
        ErasureRequest: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            prospect_id: string;
            /** Format: uuid */
            company_id: string;
            /** @enum {string} */
            kind: "erasure" | "objection";
            /** @enum {string} */
            status: "pending" | "erased" | "rejected";
            created_at: string;
            resolved_at: string | null;
        };
        QueuedErasureRequest: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            prospect_id: string;
            /** Format: uuid */
            company_id: string;
            /** @enum {string} */
            kind: "erasure" | "objection";
            /** @enum {string} */
            status: "pending" | "erased" | "rejected";
            created_at: string;
            resolved_at: string | null;
            /** Format: uuid */
            organization_id: string;
            test_mode: boolean;
            note: string | null;
            resolution_note: string | null;
        };
        Suppression: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "domain" | "email" | "person";
            /** @description SHA-256 of the normalized value; the value itself is never stored */
            value_hash: string;
            /** @enum {string} */
            reason: "erased" | "objection" | "operator";
            created_at: string;
        };
        MergeCandidate: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The company a crawl created for its own domain
             */
            company_id: string;
            /**
             * Format: uuid
             * @description The known company (with another domain) it resembles
             */
            candidate_of: string;
            /**
             * @description register: same register number and court; name_city: same name and city
             * @enum {string}
             */
            reason: "register" | "name_city";
            /** @enum {string} */
            status: "pending" | "merged" | "dismissed";
            created_at: string;
            resolved_at: string | null;
            company: {
                domain: string | null;
                name: string | null;
            };
            candidate: {
                domain: string | null;
                name: string | null;
            };
        };
        IcpReading: {
            industries: {
                include: string[];
                exclude: string[];
                /** @default [] */
                matched: {
                    term: string;
                    code: string;
                    excluded: boolean;
                }[];
            };
            countries: string[];
            /** @default [] */
            excluded_countries: string[];
            regions: {
                name: string;
                country: string;
            }[];
            cities: string[];
            postal_code_prefixes: string[];
            size: {
                min: number | null;
                max: number | null;
                /** @default  */
                text: string;
            } | null;
        };
        ProspectSearch: {
            name: string;
            ideal_customer_profile: string;
            seller_offering: string | null;
            seller_industry: string | null;
            target_countries: string[];
            target_cities: string[];
            target_industries: string[];
            excluded_industries: string[];
            contact_roles: string[];
            output_language: string;
            /** @enum {string} */
            status: "ACTIVE" | "PAUSED" | "ARCHIVED";
            /** Format: uuid */
            id: string;
            /** @description Admin-only: read here, changed by operators */
            geo_locations: {
                country: string | null;
                city?: string;
            }[];
            /** @description Admin-only: read here, changed by operators */
            search_keywords: string[];
            /** @description Read-only, derived when the profile is created */
            language_config: {
                output_language?: string;
                search_languages?: string[];
            };
            /** @description Read-only, derived from the ICP */
            qualification_criteria: {
                id: string;
                criterion: string;
                /** @enum {string} */
                type: "industry" | "location" | "size" | "keyword" | "exclusion";
                weight: number;
                values?: string[];
                min?: number;
                max?: number;
            }[];
            /** @description Read-only */
            company_extraction_commands: unknown[];
            /** @description Read-only */
            contact_extraction_commands: unknown[];
            icp_reading: components["schemas"]["IcpReading"] | null;
            /** @description Send it back with PATCH (optimistic locking) */
            version: number;
            counts: {
                companies: number;
                orders: number;
            };
            created_at: string;
            updated_at: string;
        };
        FieldSource: {
            /** @description The page the value was read from */
            url: string;
            /** @description Kind of source, e.g. website */
            type: string;
            /** @description How it was read: json_ld, imprint_text, meta, mailto … */
            method: string;
            confidence?: number;
            /** @description When this evidence was last seen */
            observed_at: string;
        };
        CompanyIndustry: {
            /** @description NACE Rev. 2 section letter A–U */
            nace_section: string;
            /** @description NACE Rev. 2 two-digit division */
            nace_division: string;
            /** @description The finest NACE code the evidence supports (group or class, e.g. 69.20), else the division */
            nace_code: string;
            /** @description English NACE title of nace_code */
            label: string;
            /** @description 0–1 */
            confidence: number;
            /** @description What on the company's own site the classification rests on */
            evidence: {
                source_url: string;
                /** @description json_ld, imprint_text, meta, page_text … */
                method: string;
                /** @description The words on the page */
                text: string;
            }[];
        };
        Company: {
            /** Format: uuid */
            id: string;
            prospect_search_id: string | null;
            name: string | null;
            legal_name: string | null;
            legal_form: string | null;
            website: string | null;
            domain: string | null;
            description: string | null;
            business_type: string | null;
            address: {
                street: string | null;
                postal_code: string | null;
                city: string | null;
                region: string | null;
                /** @description ISO 3166-1 alpha-2 */
                country: string | null;
            };
            city: string | null;
            country: string | null;
            phone: string | null;
            email: string | null;
            /** @description Every main company phone number, most prominent first (`phone` is the first) */
            phones: string[];
            fax: string | null;
            /** @description Every company-level email address, most prominent first (`email` is the first) */
            emails: string[];
            social_links: string[];
            registration: {
                court: string | null;
                number: string | null;
                vat_id: string | null;
            };
            founded_year: number | null;
            /** @description Main activity in NACE Rev. 2, read from the company's own site */
            industry: components["schemas"]["CompanyIndustry"] | null;
            employee_count: {
                min: number | null;
                max: number | null;
            } | null;
            /** @description 0–10 */
            match_score: number | null;
            /** @description One entry per ICP criterion with its evidence */
            match_explanation: unknown[];
            /** @enum {string} */
            review_status: "pending" | "accepted" | "rejected";
            prospect_count: number;
            job_count: number;
            technology_count: number;
            /** @description Per field: where its current value comes from */
            sources: {
                [key: string]: components["schemas"]["FieldSource"];
            };
            first_seen_at: string;
            updated_at: string;
        };
        Job: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            company_id: string;
            title: string;
            location: string | null;
            employment_type: string | null;
            department: string | null;
            url: string | null;
            /** @enum {string} */
            source: "json_ld" | "ats" | "careers_page";
            /** @description greenhouse, lever, personio, workable, recruitee … */
            ats: string | null;
            posted_at: string | null;
            first_seen_at: string;
            last_seen_at: string;
            /** @enum {string} */
            status: "open" | "closed";
        };
        InferredEmail: {
            address: string;
            /**
             * @description Built like the other personal addresses published on the company's website
             * @constant
             */
            method: "pattern";
            /** @description The local-part pattern, e.g. first.last, f.last, firstlast */
            pattern: string | null;
            /** @description 0–1 */
            confidence: number | null;
        };
        Prospect: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            company_id: string;
            full_name: string;
            first_name: string | null;
            last_name: string | null;
            title: string | null;
            /** @description owner, managing_director, executive, manager, employee, content_responsible, other */
            role_class: string;
            department: string | null;
            /** @description An address published on the company's website; guesses are in inferred_email */
            email: string | null;
            email_status: ("valid" | "invalid" | "accept_all" | "unknown") | null;
            /** @description A guessed address when none was published; never verified as found */
            inferred_email: components["schemas"]["InferredEmail"] | null;
            phone: string | null;
            linkedin_url: string | null;
            /** @description Per field: where its current value comes from */
            sources: {
                [key: string]: components["schemas"]["FieldSource"];
            };
            /** @description Why this personal data is still held (GDPR Art. 14: source; retention: last observation) */
            held_because: {
                /** @description The page that named this person */
                source_url: string | null;
                first_seen_at: string;
                /** @description Last crawl that saw them; retention deletes them when this grows older than the installation's period */
                last_observed_at: string;
            };
        };
        Technology: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            company_id: string;
            name: string;
            slug: string;
            categories: string[];
            version: string | null;
            /** @description 0–100 */
            confidence: number;
            first_detected_at: string;
            last_detected_at: string;
            /** @description What matched and on which page */
            evidence: {
                /** @description header, cookie, meta, script, html, dns … */
                type: string;
                value: string;
                url: string;
            }[];
        };
        Blacklist: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            entry_count: number;
            created_at: string;
            updated_at: string;
        };
        BlacklistEntry: {
            /** Format: uuid */
            id: string;
            company_name: string | null;
            website_url: string | null;
            /** @description Registrable domain derived from website_url */
            domain: string | null;
            city: string | null;
            country: string | null;
            external_id: string | null;
            created_at: string;
        };
        SearchProfileCreation: {
            /** Format: uuid */
            profile_creation_id: string;
            /** @enum {string} */
            status: "PENDING" | "RUNNING" | "SUCCEEDED" | "FAILED";
            /** @description The prospect search id, once SUCCEEDED */
            profile_id: string | null;
            /** @description Why it failed, once FAILED; retry with a new Idempotency-Key */
            error: string | null;
            created_at: string;
            updated_at: string;
        };
        DeliveredCompany: {
            /** Format: uuid */
            id: string;
            prospect_search_id: string | null;
            name: string | null;
            legal_name: string | null;
            legal_form: string | null;
            website: string | null;
            domain: string | null;
            description: string | null;
            business_type: string | null;
            address: {
                street: string | null;
                postal_code: string | null;
                city: string | null;
                region: string | null;
                /** @description ISO 3166-1 alpha-2 */
                country: string | null;
            };
            city: string | null;
            country: string | null;
            phone: string | null;
            email: string | null;
            /** @description Every main company phone number, most prominent first (`phone` is the first) */
            phones: string[];
            fax: string | null;
            /** @description Every company-level email address, most prominent first (`email` is the first) */
            emails: string[];
            social_links: string[];
            registration: {
                court: string | null;
                number: string | null;
                vat_id: string | null;
            };
            founded_year: number | null;
            /** @description Main activity in NACE Rev. 2, read from the company's own site */
            industry: components["schemas"]["CompanyIndustry"] | null;
            employee_count: {
                min: number | null;
                max: number | null;
            } | null;
            /** @description 0–10 */
            match_score: number | null;
            /** @description One entry per ICP criterion with its evidence */
            match_explanation: unknown[];
            /** @enum {string} */
            review_status: "pending" | "accepted" | "rejected";
            prospect_count: number;
            job_count: number;
            technology_count: number;
            /** @description Per field: where its current value comes from */
            sources: {
                [key: string]: components["schemas"]["FieldSource"];
            };
            first_seen_at: string;
            updated_at: string;
            /** Format: uuid */
            delivery_id: string;
            delivered_at: string;
            /** @constant */
            event: "qualified";
            prospects: components["schemas"]["Prospect"][];
        };
        UpdatedCompany: {
            /** Format: uuid */
            id: string;
            prospect_search_id: string | null;
            name: string | null;
            legal_name: string | null;
            legal_form: string | null;
            website: string | null;
            domain: string | null;
            description: string | null;
            business_type: string | null;
            address: {
                street: string | null;
                postal_code: string | null;
                city: string | null;
                region: string | null;
                /** @description ISO 3166-1 alpha-2 */
                country: string | null;
            };
            city: string | null;
            country: string | null;
            phone: string | null;
            email: string | null;
            /** @description Every main company phone number, most prominent first (`phone` is the first) */
            phones: string[];
            fax: string | null;
            /** @description Every company-level email address, most prominent first (`email` is the first) */
            emails: string[];
            social_links: string[];
            registration: {
                court: string | null;
                number: string | null;
                vat_id: string | null;
            };
            founded_year: number | null;
            /** @description Main activity in NACE Rev. 2, read from the company's own site */
            industry: components["schemas"]["CompanyIndustry"] | null;
            employee_count: {
                min: number | null;
                max: number | null;
            } | null;
            /** @description 0–10 */
            match_score: number | null;
            /** @description One entry per ICP criterion with its evidence */
            match_explanation: unknown[];
            /** @enum {string} */
            review_status: "pending" | "accepted" | "rejected";
            prospect_count: number;
            job_count: number;
            technology_count: number;
            /** @description Per field: where its current value comes from */
            sources: {
                [key: string]: components["schemas"]["FieldSource"];
            };
            first_seen_at: string;
            updated_at: string;
            /** Format: uuid */
            delivery_id: string;
            delivered_at: string;
            /** @constant */
            event: "updated";
            prospects: components["schemas"]["Prospect"][];
        };
        ErasedCompany: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            prospect_search_id: string;
            /** Format: uuid */
            delivery_id: string;
            delivered_at: string;
            /** @constant */
            event: "erased";
        };
        MergedCompany: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            prospect_search_id: string;
            /** Format: uuid */
            delivery_id: string;
            delivered_at: string;
            /** @constant */
            event: "merged";
            /** Format: uuid */
            merged_into: string;
        };
        WebhookDestination: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            prospect_search_id: string;
            /** @constant */
            type: "webhook";
            url: string;
            /** @enum {string} */
            auth_type: "bearer" | "none";
            /** @enum {string} */
            status: "active" | "paused" | "disabled";
            consecutive_failures: number;
            created_at: string;
            updated_at: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        service: string;
                        /** @enum {string} */
                        status: "healthy" | "degraded";
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        service: string;
                        /** @enum {string} */
                        status: "healthy" | "degraded";
                    };
                };
            };
        };
    };
    getAuthValidate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        valid: true;
                        scopes: string[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminOrganizations: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            rate_limit_tier: "free" | "pro" | "enterprise";
                            /** @description Enterprise hourly limit; null uses the tier default */
                            rate_limit_per_hour: number | null;
                            /** @description Orders with at most this many companies are accepted without review; 0 turns auto-accept off */
                            auto_accept_max_companies: number;
                            /** @description Crawls a DISCOVERY order may spend, as a multiple of its briefing_quantity (default 3) */
                            discovery_crawl_factor: number;
                            /** @description Live orders stop delivering once the next company would take the month's costs (UTC calendar month) past this; null: no budget */
                            monthly_budget: number | null;
                            created_at: string;
                            updated_at: string;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                        has_more: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    rate_limit_tier?: "free" | "pro" | "enterprise";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @enum {string} */
                        rate_limit_tier: "free" | "pro" | "enterprise";
                        /** @description Enterprise hourly limit; null uses the tier default */
                        rate_limit_per_hour: number | null;
                        /** @description Orders with at most this many companies are accepted without review; 0 turns auto-accept off */
                        auto_accept_max_companies: number;
                        /** @description Crawls a DISCOVERY order may spend, as a multiple of its briefing_quantity (default 3) */
                        discovery_crawl_factor: number;
                        /** @description Live orders stop delivering once the next company would take the month's costs (UTC calendar month) past this; null: no budget */
                        monthly_budget: number | null;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminOrganizationsByOrgId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @enum {string} */
                        rate_limit_tier: "free" | "pro" | "enterprise";
                        /** @description Enterprise hourly limit; null uses the tier default */
                        rate_limit_per_hour: number | null;
                        /** @description Orders with at most this many companies are accepted without review; 0 turns auto-accept off */
                        auto_accept_max_companies: number;
                        /** @description Crawls a DISCOVERY order may spend, as a multiple of its briefing_quantity (default 3) */
                        discovery_crawl_factor: number;
                        /** @description Live orders stop delivering once the next company would take the month's costs (UTC calendar month) past this; null: no budget */
                        monthly_budget: number | null;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchAdminOrganizationsByOrgId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    rate_limit_tier?: "free" | "pro" | "enterprise";
                    rate_limit_per_hour?: number | null;
                    auto_accept_max_companies?: number;
                    discovery_crawl_factor?: number;
                    monthly_budget?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @enum {string} */
                        rate_limit_tier: "free" | "pro" | "enterprise";
                        /** @description Enterprise hourly limit; null uses the tier default */
                        rate_limit_per_hour: number | null;
                        /** @description Orders with at most this many companies are accepted without review; 0 turns auto-accept off */
                        auto_accept_max_companies: number;
                        /** @description Crawls a DISCOVERY order may spend, as a multiple of its briefing_quantity (default 3) */
                        discovery_crawl_factor: number;
                        /** @description Live orders stop delivering once the next company would take the month's costs (UTC calendar month) past this; null: no budget */
                        monthly_budget: number | null;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminOrganizationsByOrgIdApiKeys: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: never;
            path: {
                org_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            organization_id: string;
                            name: string;
                            /** @description The first characters of the key, to recognise it */
                            prefix: string;
                            /** @enum {string} */
                            mode: "live" | "test";
                            /** @enum {string} */
                            preset: "orders" | "read_only" | "full_access" | "discovery_partner" | "custom";
                            scopes: string[];
                            rate_limit_tier: ("free" | "pro" | "enterprise") | null;
                            expires_at: string | null;
                            revoked_at: string | null;
                            last_used_at: string | null;
                            created_at: string;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                        has_more: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminOrganizationsByOrgIdApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    preset?: "orders" | "read_only" | "full_access" | "discovery_partner" | "custom";
                    scopes?: ("orders:read" | "orders:write" | "companies:read" | "prospects:read" | "prospect_searches:read" | "prospect_searches:write" | "blacklists:read" | "blacklists:write" | "deliveries:read" | "deliveries:write")[];
                    /** @default false */
                    test?: boolean;
                    /** @enum {string} */
                    rate_limit_tier?: "free" | "pro" | "enterprise";
                    /** Format: date-time */
                    expires_at?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organization_id: string;
                        name: string;
                        /** @description The first characters of the key, to recognise it */
                        prefix: string;
                        /** @enum {string} */
                        mode: "live" | "test";
                        /** @enum {string} */
                        preset: "orders" | "read_only" | "full_access" | "discovery_partner" | "custom";
                        scopes: string[];
                        rate_limit_tier: ("free" | "pro" | "enterprise") | null;
                        expires_at: string | null;
                        revoked_at: string | null;
                        last_used_at: string | null;
                        created_at: string;
                        /** @description The full key. Shown only in this response; store it now. */
                        key: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAdminApiKeysByKeyId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organization_id: string;
                        name: string;
                        /** @description The first characters of the key, to recognise it */
                        prefix: string;
                        /** @enum {string} */
                        mode: "live" | "test";
                        /** @enum {string} */
                        preset: "orders" | "read_only" | "full_access" | "discovery_partner" | "custom";
                        scopes: string[];
                        rate_limit_tier: ("free" | "pro" | "enterprise") | null;
                        expires_at: string | null;
                        revoked_at: string | null;
                        last_used_at: string | null;
                        created_at: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrders: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                status?: "RECEIVED" | "ACCEPTED" | "REJECTED" | "IN_PROGRESS" | "COMPLETED" | "FAILED" | "CANCELLED";
                order_type?: "ENRICHMENT" | "DISCOVERY";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            order_id: string;
                            /** @enum {string} */
                            order_type: "ENRICHMENT" | "DISCOVERY";
                            /** @enum {string} */
                            status: "RECEIVED" | "ACCEPTED" | "REJECTED" | "IN_PROGRESS" | "COMPLETED" | "FAILED" | "CANCELLED";
                            company_count: number;
                            estimated_cost: number | null;
                            message: string;
                            title: string | null;
                            profile_id: string | null;
                            features: ("COMPANY_DATA" | "CONTACTS" | "TECHNOLOGIES" | "JOBS" | "LEGAL_DATA" | "MATCH_SCORING")[];
                            briefing_quantity: number;
                            blacklist_ids: string[];
                            max_cost: number | null;
                            actual_cost: number | null;
                            progress: {
                                total: number;
                                processed: number;
                                succeeded: number;
                                failed: number;
                                not_found: number;
                                excluded: number;
                                /** @description DISCOVERY: candidates examined (crawled or with fresh facts) and scored */
                                examined?: number;
                                /** @description DISCOVERY: examined candidates that met the profile */
                                qualified?: number;
                                /** @description DISCOVERY: examined candidates that fell short or could not be crawled */
                                rejected?: number;
                            };
                            created_at: string;
                            updated_at: string;
                            accepted_at: string | null;
                            completed_at: string | null;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                        has_more: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    order_type: "ENRICHMENT" | "DISCOVERY";
                    title?: string;
                    /** Format: uuid */
                    profile_id?: string;
                    profile_name?: string;
                    features?: ("COMPANY_DATA" | "CONTACTS" | "TECHNOLOGIES" | "JOBS" | "LEGAL_DATA" | "MATCH_SCORING")[];
                    companies?: {
                        company_name?: string | null;
                        external_id?: string | null;
                        website_url?: string | null;
                        city?: string | null;
                        country?: string | null;
                    }[];
                    briefing_quantity?: number;
                    blacklist_ids?: string[];
                    max_cost?: number;
                    /** @description Reuse a company crawled within this many days */
                    max_age_days?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        order_id: string;
                        /** @enum {string} */
                        order_type: "ENRICHMENT" | "DISCOVERY";
                        /** @enum {string} */
                        status: "RECEIVED" | "ACCEPTED" | "REJECTED" | "IN_PROGRESS" | "COMPLETED" | "FAILED" | "CANCELLED";
                        company_count: number;
                        estimated_cost: number | null;
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrdersByOrderId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        order_id: string;
                        /** @enum {string} */
                        order_type: "ENRICHMENT" | "DISCOVERY";
                        /** @enum {string} */
                        status: "RECEIVED" | "ACCEPTED" | "REJECTED" | "IN_PROGRESS" | "COMPLETED" | "FAILED" | "CANCELLED";
                        company_count: number;
                        estimated_cost: number | null;
                        message: string;
                        title: string | null;
                        profile_id: string | null;
                        features: ("COMPANY_DATA" | "CONTACTS" | "TECHNOLOGIES" | "JOBS" | "LEGAL_DATA" | "MATCH_SCORING")[];
                        briefing_quantity: number;
                        blacklist_ids: string[];
                        max_cost: number | null;
                        actual_cost: number | null;
                        progress: {
                            total: number;
                            processed: number;
                            succeeded: number;
                            failed: number;
                            not_found: number;
                            excluded: number;
                            /** @description DISCOVERY: candidates examined (crawled or with fresh facts) and scored */
                            examined?: number;
                            /** @description DISCOVERY: examined candidates that met the profile */
                            qualified?: number;
                            /** @description DISCOVERY: examined candidates that fell short or could not be crawled */
                            rejected?: number;
                        };
                        created_at: string;
                        updated_at: string;
                        accepted_at: string | null;
                        completed_at: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrdersByOrderIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        order_id: string;
                        /** @enum {string} */
                        order_type: "ENRICHMENT" | "DISCOVERY";
                        /** @enum {string} */
                        status: "RECEIVED" | "ACCEPTED" | "REJECTED" | "IN_PROGRESS" | "COMPLETED" | "FAILED" | "CANCELLED";
                        company_count: number;
                        estimated_cost: number | null;
                        message: string;
                        title: string | null;
                        profile_id: string | null;
                        features: ("COMPANY_DATA" | "CONTACTS" | "TECHNOLOGIES" | "JOBS" | "LEGAL_DATA" | "MATCH_SCORING")[];
                        briefing_quantity: number;
                        blacklist_ids: string[];
                        max_cost: number | null;
                        actual_cost: number | null;
                        progress: {
                            total: number;
                            processed: number;
                            succeeded: number;
                            failed: number;
                            not_found: number;
                            excluded: number;
                            /** @description DISCOVERY: candidates examined (crawled or with fresh facts) and scored */
                            examined?: number;
                            /** @description DISCOVERY: examined candidates that met the profile */
                            qualified?: number;
                            /** @description DISCOVERY: examined candidates that fell short or could not be crawled */
                            rejected?: number;
                        };
                        created_at: string;
                        updated_at: string;
                        accepted_at: string | null;
                        completed_at: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrdersByOrderIdResults: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description From next_cursor; resumes after the last row seen (offset must be 0) */
                cursor?: string;
                status?: "PENDING" | "ENRICHED" | "NOT_FOUND" | "EXCLUDED" | "FAILED";
            };
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description The submitted external_id (null for discovery) */
                            source_id: string | null;
                            /** @description Index of the company in the submitted list */
                            position: number;
                            /** @enum {string} */
                            status: "PENDING" | "ENRICHED" | "NOT_FOUND" | "EXCLUDED" | "FAILED";
                            reason: string | null;
                            excluded_by_entry_id: string | null;
                            input: {
                                company_name: string | null;
                                website_url: string | null;
                                city: string | null;
                                country: string | null;
                            };
                            company: components["schemas"]["Company"] | null;
                            prospects: components["schemas"]["Prospect"][];
                            technologies?: components["schemas"]["Technology"][];
                            jobs?: components["schemas"]["Job"][];
                            match_score: number | null;
                            match_explanation: unknown[];
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                        has_more: boolean;
                        next_cursor: string | null;
                    };
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminOrders: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
                status?: "RECEIVED" | "ACCEPTED" | "REJECTED" | "IN_PROGRESS" | "COMPLETED" | "FAILED" | "CANCELLED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            order_id: string;
                            /** @enum {string} */
                            order_type: "ENRICHMENT" | "DISCOVERY";
                            /** @enum {string} */
                            status: "RECEIVED" | "ACCEPTED" | "REJECTED" | "IN_PROGRESS" | "COMPLETED" | "FAILED" | "CANCELLED";
                            company_count: number;
                            estimated_cost: number | null;
                            message: string;
                            title: string | null;
                            profile_id: string | null;
                            features: ("COMPANY_DATA" | "CONTACTS" | "TECHNOLOGIES" | "JOBS" | "LEGAL_DATA" | "MATCH_SCORING")[];
                            briefing_quantity: number;
                            blacklist_ids: string[];
                            max_cost: number | null;
                            actual_cost: number | null;
                            progress: {
                                total: number;
                                processed: number;
                                succeeded: number;
                                failed: number;
                                not_found: number;
                                excluded: number;
                                /** @description DISCOVERY: candidates examined (crawled or with fresh facts) and scored */
                                examined?: number;
                                /** @description DISCOVERY: examined candidates that met the profile */
                                qualified?: number;
                                /** @description DISCOVERY: examined candidates that fell short or could not be crawled */
                                rejected?: number;
                            };
                            created_at: string;
                            updated_at: string;
                            accepted_at: string | null;
                            completed_at: string | null;
                            /** Format: uuid */
                            organization_id: string;
                            organization_name: string;
                            test_mode: boolean;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                        has_more: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminOrdersByOrderIdAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    estimated_cost?: number | null;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        order_id: string;
                        /** @enum {string} */
                        order_type: "ENRICHMENT" | "DISCOVERY";
                        /** @enum {string} */
                        status: "RECEIVED" | "ACCEPTED" | "REJECTED" | "IN_PROGRESS" | "COMPLETED" | "FAILED" | "CANCELLED";
                        company_count: number;
                        estimated_cost: number | null;
                        message: string;
                        title: string | null;
                        profile_id: string | null;
                        features: ("COMPANY_DATA" | "CONTACTS" | "TECHNOLOGIES" | "JOBS" | "LEGAL_DATA" | "MATCH_SCORING")[];
                        briefing_quantity: number;
                        blacklist_ids: string[];
                        max_cost: number | null;
                        actual_cost: number | null;
                        progress: {
                            total: number;
                            processed: number;
                            succeeded: number;
                            failed: number;
                            not_found: number;
                            excluded: number;
                            /** @description DISCOVERY: candidates examined (crawled or with fresh facts) and scored */
                            examined?: number;
                            /** @description DISCOVERY: examined candidates that met the profile */
                            qualified?: number;
                            /** @description DISCOVERY: examined candidates that fell short or could not be crawled */
                            rejected?: number;
                        };
                        created_at: string;
                        updated_at: string;
                        accepted_at: string | null;
                        completed_at: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminOrdersByOrderIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    message: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        order_id: string;
                        /** @enum {string} */
                        order_type: "ENRICHMENT" | "DISCOVERY";
                        /** @enum {string} */
                        status: "RECEIVED" | "ACCEPTED" | "REJECTED" | "IN_PROGRESS" | "COMPLETED" | "FAILED" | "CANCELLED";
                        company_count: number;
                        estimated_cost: number | null;
                        message: string;
                        title: string | null;
                        profile_id: string | null;
                        features: ("COMPANY_DATA" | "CONTACTS" | "TECHNOLOGIES" | "JOBS" | "LEGAL_DATA" | "MATCH_SCORING")[];
                        briefing_quantity: number;
                        blacklist_ids: string[];
                        max_cost: number | null;
                        actual_cost: number | null;
                        progress: {
                            total: number;
                            processed: number;
                            succeeded: number;
                            failed: number;
                            not_found: number;
                            excluded: number;
                            /** @description DISCOVERY: candidates examined (crawled or with fresh facts) and scored */
                            examined?: number;
                            /** @description DISCOVERY: examined candidates that met the profile */
                            qualified?: number;
                            /** @description DISCOVERY: examined candidates that fell short or could not be crawled */
                            rejected?: number;
                        };
                        created_at: string;
                        updated_at: string;
                        accepted_at: string | null;
                        completed_at: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminOrdersByOrderIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    message?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        order_id: string;
                        /** @enum {string} */
                        order_type: "ENRICHMENT" | "DISCOVERY";
                        /** @enum {string} */
                        status: "RECEIVED" | "ACCEPTED" | "REJECTED" | "IN_PROGRESS" | "COMPLETED" | "FAILED" | "CANCELLED";
                        company_count: number;
                        estimated_cost: number | null;
                        message: string;
                        title: string | null;
                        profile_id: string | null;
                        features: ("COMPANY_DATA" | "CONTACTS" | "TECHNOLOGIES" | "JOBS" | "LEGAL_DATA" | "MATCH_SCORING")[];
                        briefing_quantity: number;
                        blacklist_ids: string[];
                        max_cost: number | null;
                        actual_cost: number | null;
                        progress: {
                            total: number;
                            processed: number;
                            succeeded: number;
                            failed: number;
                            not_found: number;
                            excluded: number;
                            /** @description DISCOVERY: candidates examined (crawled or with fresh facts) and scored */
                            examined?: number;
                            /** @description DISCOVERY: examined candidates that met the profile */
                            qualified?: number;
                            /** @description DISCOVERY: examined candidates that fell short or could not be crawled */
                            rejected?: number;
                        };
                        created_at: string;
                        updated_at: string;
                        accepted_at: string | null;
                        completed_at: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminPriceList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchAdminPriceList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PriceListUpdateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminWebhookEventsByEventIdReplay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        event_id: string;
                        /** @enum {string} */
                        status: "queued";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminCompaniesByCompanyIdErase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                company_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        erased: true;
                        notified_searches: number;
                        /** @description true: the company is test-mode (demonstration) data, seen only by test keys */
                        test_mode: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminCompaniesByCompanyIdMerge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                company_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    into_company_id: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        merged_into: string;
                        /** @description true: the company is test-mode (demonstration) data, seen only by test keys */
                        test_mode: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminProspectsByProspectIdErase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                prospect_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        erased: true;
                        /** Format: uuid */
                        company_id: string;
                        notified_searches: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminSuppressions: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
                kind?: "domain" | "email" | "person";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Suppression"][];
                        total: number;
                        limit: number;
                        offset: number;
                        has_more: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminSuppressions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "email";
                    /** Format: email */
                    email: string;
                } | {
                    /** @enum {string} */
                    kind: "person";
                    name: string;
                    /** @description A domain or website URL; its registrable domain is what is suppressed */
                    domain: string;
                } | {
                    /** @enum {string} */
                    kind: "domain";
                    /** @description A domain or website URL; its registrable domain is what is suppressed */
                    domain: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Suppression"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAdminSuppressionsBySuppressionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                suppression_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminErasureRequests: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
                /** @description Default: every status; the queue is status=pending */
                status?: "pending" | "erased" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["QueuedErasureRequest"][];
                        total: number;
                        limit: number;
                        offset: number;
                        has_more: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminErasureRequestsByRequestIdResolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                request_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description erase: the person is erased everywhere and suppressed; reject: nothing is erased
                     * @enum {string}
                     */
                    action: "erase" | "reject";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedErasureRequest"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminMergeCandidates: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
                /** @description Default: every status; the queue is status=pending */
                status?: "pending" | "merged" | "dismissed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MergeCandidate"][];
                        total: number;
                        limit: number;
                        offset: number;
                        has_more: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminMergeCandidatesByCandidateIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                candidate_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergeCandidate"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminMergeCandidatesByCandidateIdDismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                candidate_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergeCandidate"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminCompanyImportsByImportId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                import_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        import_id: string;
                        source: string;
                        /** @enum {string} */
                        format: "generic" | "companies_house" | "gleif" | "osm";
                        /** @enum {string} */
                        status: "PENDING" | "RUNNING" | "SUCCEEDED" | "FAILED";
                        rows_read: number;
                        /** @description Rows seen for the first time from this source */
                        rows_imported: number;
                        /** @description Rows imported before from this source (refreshed) */
                        rows_updated: number;
                        rows_rejected: number;
                        /** @description The first rejected rows with their reasons */
                        errors: {
                            /** @description Line of the file (for osm: position of the element) */
                            line: number;
                            message: string;
                        }[];
                        failure_reason: string | null;
                        created_at: string;
                        started_at: string | null;
                        finished_at: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminCompanyImports: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            import_id: string;
                            source: string;
                            /** @enum {string} */
                            format: "generic" | "companies_house" | "gleif" | "osm";
                            /** @enum {string} */
                            status: "PENDING" | "RUNNING" | "SUCCEEDED" | "FAILED";
                            rows_read: number;
                            /** @description Rows seen for the first time from this source */
                            rows_imported: number;
                            /** @description Rows imported before from this source (refreshed) */
                            rows_updated: number;
                            rows_rejected: number;
                            /** @description The first rejected rows with their reasons */
                            errors: {
                                /** @description Line of the file (for osm: position of the element) */
                                line: number;
                                message: string;
                            }[];
                            failure_reason: string | null;
                            created_at: string;
                            started_at: string | null;
                            finished_at: string | null;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                        has_more: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminCompanyImports: {
        parameters: {
            query: {
                /** @description generic (CSV or NDJSON), companies_house (BasicCompanyData CSV), gleif (LEI golden copy CSV), osm (Overpass JSON) */
                format: "generic" | "companies_house" | "gleif" | "osm";
                /** @description Name of the dataset (e.g. companies-house-2026-12); a row is identified by (source, source_id) across imports */
                source: string;
                /** @description ISO 3166-1 country for rows that state none */
                country?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        import_id: string;
                        /** @enum {string} */
                        status: "PENDING" | "RUNNING" | "SUCCEEDED" | "FAILED";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBlacklists: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Blacklist"][];
                        total: number;
                        limit: number;
                        offset: number;
                        has_more: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postBlacklists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Blacklist"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBlacklistsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Blacklist"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteBlacklistsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchBlacklistsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Blacklist"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBlacklistsByIdEntries: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["BlacklistEntry"][];
                        total: number;
                        limit: number;
                        offset: number;
                        has_more: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postBlacklistsByIdEntries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    entries: {
                        company_name?: string | null;
                        website_url?: string | null;
                        city?: string | null;
                        country?: string | null;
                        external_id?: string | null;
                    }[];
                };
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Entries stored */
                        added: number;
                        /** @description Entries already in the blacklist, or repeated within this request */
                        duplicates: number;
                        /** @description Entries skipped; see invalid_entries */
                        invalid: number;
                        invalid_entries: {
                            index: number;
                            reason: string;
                        }[];
                        /** @description Entries stored with a field ignored (a malformed website_url): they still block by name, city or external_id */
                        warnings: {
                            index: number;
                            reason: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteBlacklistsByIdEntries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    entry_ids: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deleted: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProspectSearches: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "ACTIVE" | "PAUSED" | "ARCHIVED";
                            version: number;
                            counts: {
                                companies: number;
                                orders: number;
                            };
                            created_at: string;
                            updated_at: string;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                        has_more: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProspectSearchesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectSearch"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchProspectSearchesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    ideal_customer_profile?: string;
                    seller_offering?: string | null;
                    seller_industry?: string | null;
                    target_countries?: string[];
                    target_cities?: string[];
                    target_industries?: string[];
                    excluded_industries?: string[];
                    contact_roles?: string[];
                    output_language?: string;
                    /** @enum {string} */
                    status?: "ACTIVE" | "PAUSED" | "ARCHIVED";
                    /** @description The version you read; a different current version is 409 VERSION_CONFLICT */
                    version: number;
                    /** @description Fields to update (AIP-134). Absent: every field present in the body. Listed fields must be present. */
                    update_mask?: ("name" | "ideal_customer_profile" | "seller_offering" | "seller_industry" | "target_countries" | "target_cities" | "target_industries" | "excluded_industries" | "contact_roles" | "output_language" | "status" | "icp_reading" | "geo_locations" | "search_keywords")[];
                    /** @description Admin-only: dropped for API keys, see stripped_fields */
                    geo_locations?: {
                        country: string | null;
                        city?: string;
                    }[];
                    /** @description Admin-only: dropped for API keys */
                    search_keywords?: string[];
                    icp_reading?: components["schemas"]["IcpReadingInput"];
                    /** @description Read-only: sending it is a 422 */
                    id?: unknown;
                    /** @description Read-only: sending it is a 422 */
                    language_config?: unknown;
                    /** @description Read-only: sending it is a 422 */
                    qualification_criteria?: unknown;
                    /** @description Read-only: sending it is a 422 */
                    company_extraction_commands?: unknown;
                    /** @description Read-only: sending it is a 422 */
                    contact_extraction_commands?: unknown;
                    /** @description Read-only: sending it is a 422 */
                    counts?: unknown;
                    /** @description Read-only: sending it is a 422 */
                    created_at?: unknown;
                    /** @description Read-only: sending it is a 422 */
                    updated_at?: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        ideal_customer_profile: string;
                        seller_offering: string | null;
                        seller_industry: string | null;
                        target_countries: string[];
                        target_cities: string[];
                        target_industries: string[];
                        excluded_industries: string[];
                        contact_roles: string[];
                        output_language: string;
                        /** @enum {string} */
                        status: "ACTIVE" | "PAUSED" | "ARCHIVED";
                        /** Format: uuid */
                        id: string;
                        /** @description Admin-only: read here, changed by operators */
                        geo_locations: {
                            country: string | null;
                            city?: string;
                        }[];
                        /** @description Admin-only: read here, changed by operators */
                        search_keywords: string[];
                        /** @description Read-only, derived when the profile is created */
                        language_config: {
                            output_language?: string;
                            search_languages?: string[];
                        };
                        /** @description Read-only, derived from the ICP */
                        qualification_criteria: {
                            id: string;
                            criterion: string;
                            /** @enum {string} */
                            type: "industry" | "location" | "size" | "keyword" | "exclusion";
                            weight: number;
                            values?: string[];
                            min?: number;
                            max?: number;
                        }[];
                        /** @description Read-only */
                        company_extraction_commands: unknown[];
                        /** @description Read-only */
                        contact_extraction_commands: unknown[];
                        icp_reading: components["schemas"]["IcpReading"] | null;
                        /** @description Send it back with PATCH (optimistic locking) */
                        version: number;
                        counts: {
                            companies: number;
                            orders: number;
                        };
                        created_at: string;
                        updated_at: string;
                        /** @description Admin-only fields that were dropped */
                        stripped_fields: string[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProspectSearchesByIdBlacklists: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Blacklist"][];
                        total: number;
                        limit: number;
                        offset: number;
                        has_more: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putProspectSearchesByIdBlacklists: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Replaces the whole set; [] removes every assignment */
                    blacklist_ids: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Blacklist"][];
                        total: number;
                        limit: number;
                        offset: number;
                        has_more: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSearchProfileCreations: {
        parameters: {
            query?: never;
            header: {
                /** @description Required; reuse only with the same body */
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    profile_name: string;
                    /** @description Free text; keywords, size and criteria are derived from it */
                    ideal_customer_profile: string;
                    seller_offering?: string;
                    seller_industry?: string;
                    /** @default [] */
                    target_countries?: string[];
                    /** @default [] */
                    target_cities?: string[];
                    /** @default [] */
                    target_industries?: string[];
                    /** @default [] */
                    excluded_industries?: string[];
                    /** @default [] */
                    contact_roles?: string[];
                    /** @default en */
                    output_language?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        profile_creation_id: string;
                        /** @enum {string} */
                        status: "PENDING";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSearchProfileCreationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchProfileCreation"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCompanies: {
        parameters: {
            query: {
                /** @description Page size, 1–100 */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
                prospect_search_id: string;
                min_match_score?: number;
                review_status?: "pending" | "accepted" | "rejected";
                /** @description pending, accepted, rejected; repeat the parameter or separate by commas */
                review_status_list?: string | string[];
                /** @description Matches name, city, business type and contact names/emails */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Company"][];
                        total: number;
                        limit: number;
                        offset: number;
                        has_more: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCompaniesByCompanyId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                company_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchCompaniesByCompanyId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                company_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The search whose lead inbox the decision belongs to: review is per company and search
                     */
                    prospect_search_id: string;
                    /** @enum {string} */
                    review_status: "pending" | "accepted" | "rejected";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCompaniesByCompanyIdJobs: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
                status?: "open" | "closed";
            };
            header?: never;
            path: {
                company_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Job"][];
                        total: number;
                        limit: number;
                        offset: number;
                        has_more: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCompaniesByCompanyIdJobsSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                company_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        open_count: number;
                        /** @description Open jobs */
                        by_department: {
                            department: string | null;
                            count: number;
                        }[];
                        /** @description Open jobs */
                        by_location: {
                            location: string | null;
                            count: number;
                        }[];
                        /** @description Jobs first seen in the last 30 days */
                        new_last_30_days: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCompaniesByCompanyIdWebtechIntel: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: never;
            path: {
                company_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Technology"][];
                        total: number;
                        limit: number;
                        offset: number;
                        has_more: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCompaniesByCompanyIdWebtechIntelSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                company_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        by_category: {
                            category: string;
                            count: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProspects: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
                company_id?: string;
                prospect_search_id?: string;
                role_class?: "owner" | "managing_director" | "executive" | "manager" | "employee" | "content_responsible" | "other";
                /** @description Matches name, title and email */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Prospect"][];
                        total: number;
                        limit: number;
                        offset: number;
                        has_more: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProspectsByProspectId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                prospect_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prospect"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postProspectsByProspectIdErasureRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                prospect_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description erasure: GDPR Art. 17; objection: Art. 21 (no further processing)
                     * @enum {string}
                     */
                    kind: "erasure" | "objection";
                    /** @description For the operator; cleared once the request is resolved */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureRequest"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDeliveriesByProspectSearchIdCompanies: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
                /** @description Only deliveries after this instant */
                delivered_since?: string;
                /** @description next_cursor of the previous page; continues after it (offset must be 0) */
                cursor?: string;
            };
            header?: never;
            path: {
                prospect_search_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: (components["schemas"]["DeliveredCompany"] | components["schemas"]["UpdatedCompany"] | components["schemas"]["ErasedCompany"] | components["schemas"]["MergedCompany"])[];
                        total: number;
                        limit: number;
                        offset: number;
                        has_more: boolean;
                        next_cursor: string | null;
                        /** @description Position after the last item seen; pass as cursor on the next sync (null before any delivery) */
                        resume_cursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDeliveriesByProspectSearchIdDestinations: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: never;
            path: {
                prospect_search_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookDestination"][];
                        total: number;
                        limit: number;
                        offset: number;
                        has_more: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDeliveriesByProspectSearchIdDestinations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                prospect_search_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "webhook";
                    /** @description Absolute http(s) URL the deliveries are POSTed to */
                    url: string;
                    /**
                     * @default none
                     * @enum {string}
                     */
                    auth_type?: "bearer" | "none";
                    /** @description Required when auth_type is bearer; never returned */
                    auth_token?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        prospect_search_id: string;
                        /** @enum {string} */
                        type: "webhook";
                        url: string;
                        /** @enum {string} */
                        auth_type: "bearer" | "none";
                        /** @enum {string} */
                        status: "active" | "paused" | "disabled";
                        consecutive_failures: number;
                        created_at: string;
                        updated_at: string;
                        /** @description Standard Webhooks secret (whsec_…) to verify webhook-signature. Shown only in this response; store it now. */
                        signing_secret: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDeliveriesByProspectSearchIdDestinationsByDestinationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                prospect_search_id: string;
                destination_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDestination"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteDeliveriesByProspectSearchIdDestinationsByDestinationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                prospect_search_id: string;
                destination_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDeliveriesByProspectSearchIdDestinationsByDestinationIdEvents: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: never;
            path: {
                prospect_search_id: string;
                destination_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description Also the webhook-id header of every attempt
                             */
                            id: string;
                            event_type: string;
                            /** @enum {string} */
                            status: "pending" | "delivered" | "failed" | "paused";
                            attempts: number;
                            created_at: string;
                            last_attempt_at: string | null;
                            next_attempt_at: string | null;
                            delivered_at: string | null;
                            last_error: string | null;
                            attempt_log: {
                                attempt: number;
                                started_at: string;
                                duration_ms: number;
                                status_code: number | null;
                                outcome: string;
                                error: string | null;
                                response_excerpt: string | null;
                                trigger: string;
                            }[];
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                        has_more: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDeliveriesByProspectSearchIdDestinationsByDestinationIdEventsByEventIdReplay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                prospect_search_id: string;
                destination_id: string;
                event_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        event_id: string;
                        /** @enum {string} */
                        status: "queued";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDeliveriesByProspectSearchIdDestinationsByDestinationIdResume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                prospect_search_id: string;
                destination_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requeued: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
