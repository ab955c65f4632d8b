// generated — do not edit; npm run api:generate
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness and readiness: the database, the event store and what holds its readers back
         * @description Public: no token needed.
         */
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with a username and password in the JSON body (records UserSignedIn, or a known user's SignInFailed)
         * @description Public: no token needed.
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Swap the refresh cookie for a new access token and a new cookie; the old refresh token is spent
         * @description The refresh token comes only in the httpOnly cookie ledger_refresh (no body): tabs of one browser share the session, and no script can read it. Presenting a spent token ends the session.
         */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: this session's access and refresh tokens stop working, in every tab; the refresh cookie is cleared
         * @description For the roles programme-office, lead, oversight-committee, administrator.
         */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in
         * @description For the roles programme-office, lead, oversight-committee, administrator.
         */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Users: username, name, role, person id, active, last sign-in
         * @description For the roles administrator.
         */
        get: operations["UsersController_list"];
        put?: never;
        /**
         * Register a user with a role and a first password (UserRegistered)
         * @description For the roles administrator. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["UsersController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{username}/role-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a user's role, with a reason; their sessions end (UserRoleChanged)
         * @description For the roles administrator. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["UsersController_changeRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{username}/deactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a user, with a reason; they can no longer sign in (UserDeactivated)
         * @description For the roles administrator. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["UsersController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{username}/password-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a user's password (a reset); their sessions end (PasswordChanged)
         * @description For the roles administrator. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["UsersController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The people directory, searched by name: whom a lead, owner or accountable field may name
         * @description For the roles programme-office, lead, oversight-committee, administrator.
         */
        get: operations["PeopleController_search"];
        put?: never;
        /**
         * Record a person without an account, e.g. a past post-holder, with the posts they held (PersonRecorded)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["PeopleController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{personId}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a further post a recorded person held, with its dates (PersonPostRecorded)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["PeopleController_recordPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One person of the directory, with the posts they held
         * @description For the roles programme-office, lead, oversight-committee, administrator.
         */
        get: operations["PeopleController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit history: who did what, when, and why; newest first. Sign-ins (with client addresses) only for the oversight committee and the administrator; the administrator reads only users and sign-ins
         * @description For the roles programme-office, lead, oversight-committee, administrator.
         */
        get: operations["AuditController_audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/log/head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A signed tree head: the RFC 9162 root of the first `size` events (default all), signed with the log key
         * @description For the roles oversight-committee, programme-office.
         */
        get: operations["AuditLogController_head"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/log/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The inclusion proof of the event at `position` in the tree of `size` events (default all), with that signed head
         * @description For the roles oversight-committee, programme-office.
         */
        get: operations["AuditLogController_inclusion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/log/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The consistency proof that the tree of `to` events (default all) extends the tree of `from`, with the signed head at `to`
         * @description For the roles oversight-committee, programme-office.
         */
        get: operations["AuditLogController_consistency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/ledger-log-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Ed25519 public key that signs the Merkle log's tree heads, and its SHA-256 fingerprint
         * @description Public: no token needed.
         */
        get: operations["LogKeyController_logKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Programmes
         * @description For the roles programme-office, lead, oversight-committee.
         */
        get: operations["ProgrammeQueriesController_listProgrammes"];
        put?: never;
        /**
         * Establish a programme (ProgrammeEstablished)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ProgrammesController_establish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/strategic-priorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Define a strategic priority (StrategicPriorityDefined)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ProgrammesController_definePriority"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/strategic-outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Define a strategic outcome (StrategicOutcomeDefined)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ProgrammesController_defineOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/director-appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Appoint the programme director (ProgrammeDirectorAppointed)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ProgrammesController_appointDirector"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The programme now: proposals by status, outcome and objective coverage, investment, benefits, confidence, milestones, risks
         * @description For the roles programme-office, lead, oversight-committee.
         */
        get: operations["ProgrammeQueriesController_programme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/as-at": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The programme as it stood at a moment (`at`: from the events recorded up to then) or on a day (`on`: as the record tells it, by the dates the events speak of), folded from the events
         * @description For the roles programme-office, lead, oversight-committee.
         */
        get: operations["ProgrammeQueriesController_asAt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed between two moments: items added, changed (old → new) and removed, and the events behind them
         * @description For the roles programme-office, lead, oversight-committee.
         */
        get: operations["ProgrammeQueriesController_changes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a proposal under a programme (ProposalRegistered)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ProposalsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{proposalId}/consultation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a consultation on the proposal (ConsultationOpened)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ProposalsController_openConsultation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{proposalId}/consultation/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the open consultation (ConsultationClosed)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ProposalsController_closeConsultation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{proposalId}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the proposal was agreed (ProposalAgreed)
         * @description For the roles programme-office, oversight-committee. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ProposalsController_agree"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{proposalId}/not-taken-forward-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the idea is not taken forward, with its reason code (ProposalNotTakenForward)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ProposalsController_notTakeForward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{proposalId}/deferral": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Defer the decision on the proposal (ProposalDeferred)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ProposalsController_defer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{proposalId}/reopening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a deferred or not-taken-forward proposal; reason required (ProposalReopened)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ProposalsController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{proposalId}/lead-assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign (or reassign, with a reason) the Management Board lead (LeadAssigned)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ProposalsController_assignLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{proposalId}/equality-impact-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an equality impact assessment (EqualityImpactAssessed)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ProposalsController_assessEqualityImpact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{proposalId}/delivery-confidence-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a delivery confidence rating, the lead's own or independent (DeliveryConfidenceAssessed)
         * @description For the roles programme-office, lead, oversight-committee. A lead only for a proposal they currently lead. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ProposalsController_assessDeliveryConfidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{proposalId}/delivery-start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start delivery of an agreed proposal with a lead (ProposalDeliveryStarted)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ProposalsController_startDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{proposalId}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the proposal; reason required (ProposalClosed)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ProposalsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{proposalId}/aims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Amend the aims, the strategic outcomes supported and the plan objectives served, with a reason; the previous ones are kept (ProposalAimsAmended)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ProposalsController_amendAims"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Proposals, filtered, with cursor pagination
         * @description For the roles programme-office, lead, oversight-committee.
         */
        get: operations["ProposalQueriesController_proposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{proposalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A proposal: status, leads, consultation, decisions, business cases, benefits, risks, milestones, EIAs, its audit timeline
         * @description For the roles programme-office, lead, oversight-committee.
         */
        get: operations["ProposalQueriesController_proposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{proposalId}/business-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a business case for an agreed proposal (BusinessCaseSubmitted)
         * @description The response `id` is the new business case version, used by the approval and return routes.
         */
        post: operations["BusinessCasesController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{proposalId}/business-cases/{version}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the version awaiting scrutiny, with any conditions (BusinessCaseApproved)
         * @description For the roles oversight-committee. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["BusinessCasesController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{proposalId}/business-cases/{version}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return the version awaiting scrutiny with comments; it is resubmitted as a new version (BusinessCaseReturned)
         * @description For the roles oversight-committee. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["BusinessCasesController_return"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{proposalId}/benefits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Plan a benefit of a proposal (BenefitPlanned); the programme is the proposal's
         * @description For the roles programme-office, lead. A lead only for a proposal they currently lead. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["BenefitsController_planForProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/benefits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Plan a programme-level benefit such as the £70m savings target (BenefitPlanned, no proposal)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["BenefitsController_planForProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{proposalId}/benefits/{benefitId}/objectives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Say which plan objectives a proposal’s benefit contributes to, with a reason; the previous ones are kept (BenefitObjectivesLinked)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["BenefitsController_linkForProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/benefits/{benefitId}/objectives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Say which plan objectives a programme-level benefit contributes to, with a reason (BenefitObjectivesLinked)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["BenefitsController_linkForProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{proposalId}/benefits/{benefitId}/reforecasts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-forecast a benefit’s schedule, with a reason (BenefitReforecast)
         * @description For the roles programme-office, lead. A lead only for a proposal they currently lead. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["BenefitsController_reforecastForProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/benefits/{benefitId}/reforecasts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-forecast a programme-level benefit, with a reason (BenefitReforecast)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["BenefitsController_reforecastForProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{proposalId}/benefits/{benefitId}/realisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the realised benefit for a period (BenefitRealised); the reporter is the actor
         * @description For the roles programme-office, lead. A lead only for a proposal they currently lead. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["BenefitsController_realiseForProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/benefits/{benefitId}/realisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a programme-level benefit realised for a period (BenefitRealised)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["BenefitsController_realiseForProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{proposalId}/benefits/{benefitId}/realisations/{period}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a reported realisation, with a reason (BenefitRealisationCorrected)
         * @description For the roles programme-office, lead. A lead only for a proposal they currently lead. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["BenefitsController_correctForProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/benefits/{benefitId}/realisations/{period}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a programme-level realisation, with a reason (BenefitRealisationCorrected)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["BenefitsController_correctForProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Plan a milestone on the delivery plan (MilestonePlanned)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["MilestonesController_plan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/milestones/{milestoneId}/reschedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a milestone’s forecast date, with a reason (MilestoneRescheduled)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["MilestonesController_reschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/milestones/{milestoneId}/achievement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a milestone was achieved (MilestoneAchieved)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["MilestonesController_achieve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/milestones/{milestoneId}/predecessors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a milestone’s predecessors (MilestoneDependenciesChanged); cycles are refused
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        put: operations["MilestonesController_changePredecessors"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Raise a risk on the programme’s register (RiskRaised)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["RisksController_raise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/risks/{riskId}/reassessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-rate a risk, with a reason (RiskReassessed)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["RisksController_reassess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/risks/{riskId}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a risk, with a reason (RiskClosed)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["RisksController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a decision, optionally superseding an earlier one (DecisionRecorded)
         * @description For the roles programme-office, oversight-committee. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["DecisionsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/chain-head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit chain head: position and SHA-256 hash of the last linked event, and how many events the chain covers
         * @description For the roles oversight-committee, programme-office.
         */
        get: operations["AuditChainController_head"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute the chain from the events table: ok, or the first position where it breaks (altered, removed, inserted, moved); with upTo and expectedHash (a head recorded earlier), proves nothing up to it changed
         * @description For the roles oversight-committee, programme-office.
         */
        get: operations["AuditChainController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/committee-pack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The committee pack: the programme as at the meeting, changes since the previous one (who, why), business cases awaiting scrutiny, benefits variance, risks above the threshold, milestones slipped, decisions taken; names the chain head it was built from
         * @description For the roles oversight-committee, programme-office.
         */
        get: operations["CommitteePackController_pack"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Meetings by date, each with what is due to come to it (status=planned: the forward plan)
         * @description For the roles programme-office, lead, oversight-committee.
         */
        get: operations["MeetingsController_list"];
        put?: never;
        /**
         * Schedule a meeting of a forum (MeetingScheduled)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["MeetingsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{meetingId}/agenda-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put an item on a planned meeting’s agenda (AgendaItemAdded)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["MeetingsController_addItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{meetingId}/held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a meeting was held; its agenda is then closed (MeetingHeld)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["MeetingsController_held"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A meeting: its agenda and papers, the actions due at it and raised at it, the reports due
         * @description For the roles programme-office, lead, oversight-committee.
         */
        get: operations["MeetingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The actions register (owner, status with overdue derived from the day, forum, due before), ordered by due day
         * @description For the roles programme-office, lead, oversight-committee.
         */
        get: operations["ActionsController_list"];
        put?: never;
        /**
         * Raise an action: a condition to track, one raised at a meeting, or one of the office (ActionRaised)
         * @description For the roles programme-office, oversight-committee. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ActionsController_raise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actions/{actionId}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete an action with evidence; a lead completes only their own (ActionCompleted)
         * @description For the roles programme-office, lead. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ActionsController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actions/{actionId}/drop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Drop an action that is no longer needed, with a reason (ActionDropped)
         * @description For the roles programme-office, oversight-committee. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ActionsController_drop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actions/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My actions: those owned by the signed-in person (a lead)
         * @description For the roles programme-office, lead, oversight-committee.
         */
        get: operations["ActionsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The issues register (status, severity, escalated to a forum)
         * @description For the roles programme-office, lead, oversight-committee.
         */
        get: operations["IssuesController_list"];
        put?: never;
        /**
         * Raise an issue, optionally the risk that materialised (IssueRaised)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["IssuesController_raise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issues/{issueId}/escalation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Escalate an open issue to a forum (IssueEscalated)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["IssuesController_escalate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issues/{issueId}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve an issue (IssueResolved)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["IssuesController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/reporting-duties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reporting duties, each due day received, due or overdue
         * @description For the roles programme-office, lead, oversight-committee.
         */
        get: operations["ReportingDutiesController_list"];
        put?: never;
        /**
         * Set a duty to report to a forum, once or on each due day (ReportingDutySet)
         * @description For the roles programme-office, oversight-committee. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ReportingDutiesController_set"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reporting-duties/{dutyId}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a report received for one of the duty’s due days (ReportReceived)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ReportingDutiesController_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The plans the programme serves, oldest first
         * @description For the roles programme-office, lead, oversight-committee.
         */
        get: operations["PlansController_list"];
        put?: never;
        /**
         * Define a plan: corporate strategy or policing plan, its years, mission, vision, values, critical success factors (PlanDefined)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["PlansController_define"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{planId}/priorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a priority to the plan, for Londoners or for excellence (PriorityDefined)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["PlansController_definePriority"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{planId}/priorities/{priorityId}/rewordings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reword a priority, with a reason; the old wording stays in the history (PriorityReworded)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["PlansController_reword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{planId}/priorities/{priorityId}/retirement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a priority, or merge it into another, with a reason (PriorityRetired)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["PlansController_retire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The plan with its priorities and the history of how they changed (as at `at`, and on the day `on`, if given)
         * @description For the roles programme-office, lead, oversight-committee.
         */
        get: operations["PlansController_plan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{planId}/performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Performance in a year: objectives by priority, each indicator’s actual against target, off-track first, and the off-track indicators with the accountable member and the proposals serving each objective (as at `at`, and on the day `on`, if given)
         * @description For the roles programme-office, lead, oversight-committee.
         */
        get: operations["PlansController_performance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{planId}/objectives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Define an objective under a priority in force, with the Management Board member accountable (ObjectiveDefined)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ObjectivesController_define"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objectives/{objectiveId}/accountability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make another member accountable, with a reason; the previous one is kept (AccountabilityAssigned)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ObjectivesController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objectives/{objectiveId}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Define an indicator: unit, direction, baseline, data source, tolerance (IndicatorDefined)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ObjectivesController_defineIndicator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objectives/{objectiveId}/indicators/{indicatorId}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the target for a year of the plan; changing one needs a reason (TargetSet)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ObjectivesController_setTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objectives/{objectiveId}/indicators/{indicatorId}/actuals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the actual for a year, once: by the accountable member or the office (ActualReported)
         * @description For the roles programme-office, lead. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ObjectivesController_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objectives/{objectiveId}/indicators/{indicatorId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a reported actual, with a reason; the old figure is kept (ActualCorrected)
         * @description For the roles programme-office, lead. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["ObjectivesController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objectives/{objectiveId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An objective: who is accountable (and was), its indicators, targets and actuals with their corrections
         * @description For the roles programme-office, lead, oversight-committee.
         */
        get: operations["ObjectivesController_objective"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/funding-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a line of the medium-term financial plan: a resource (with its source), a requirement or savings (FundingLineRecorded)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["FundingController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/funding-lines/{lineId}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revise a line’s amount, with a reason (FundingLineRevised)
         * @description For the roles programme-office. Records the events named in the summary, or nothing: the answer (201) carries the stream's new version (also its ETag; send it as If-Match to write only over what you saw) and the global position of the write (pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.
         */
        post: operations["FundingController_revise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{programmeId}/funding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The funding view: every line, and per year resources, requirement, savings and the gap (as at `at`, and on the day `on`, if given)
         * @description For the roles programme-office, lead, oversight-committee.
         */
        get: operations["FundingController_funding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        SignInRequestDto: {
            /** @example mmp-programme-office */
            username: string;
            /**
             * Format: password
             * @example the password printed at first start
             */
            password: string;
        };
        SignedInUserDto: {
            /** @example person-tim-godwin */
            id: string;
            /** @example person-tim-godwin */
            username: string;
            /** @example AC Tim Godwin */
            name: string;
            /**
             * @example lead
             * @enum {string}
             */
            role: "programme-office" | "lead" | "oversight-committee" | "administrator";
            /**
             * @description A lead's leadId
             * @example person-tim-godwin
             */
            personId: string | null;
        };
        SignInResponseDto: {
            /** @description JWT (HS256) for `Authorization: Bearer …`; short-lived. */
            accessToken: string;
            /**
             * @description Seconds until the access token expires.
             * @example 900
             */
            expiresIn: number;
            user: components["schemas"]["SignedInUserDto"];
        };
        RegisterUserRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * Format: password
             * @description At least 12 characters, not only white space, and not easily guessed (common or breached-style passwords, keyboard patterns, the user name): checked with zxcvbn. Stored only as a bcrypt hash.
             */
            password: string;
            /**
             * @description Lower-case letters, digits, "-" or "_"; also the user id.
             * @example person-tim-godwin
             */
            username: string;
            /**
             * @description Shown as the actor of what the user records.
             * @example AC Tim Godwin
             */
            name: string;
            /**
             * @example lead
             * @enum {string}
             */
            role: "programme-office" | "lead" | "oversight-committee" | "administrator";
            /**
             * @description The person the user is; for a lead (required), the leadId that lead assignments name.
             * @example person-tim-godwin
             */
            personId?: string | null;
        };
        CausedWrite: {
            /** @example action-condition-0d9c5a1e-1 */
            streamId: string;
            /**
             * @description Types of the events recorded there.
             * @example [
             *       "ActionRaised"
             *     ]
             */
            events: string[];
        };
        WriteResult: {
            /** @example proposal-safer-neighbourhoods */
            streamId: string;
            /**
             * @description Stream version after the write; send it back as If-Match.
             * @example 3
             */
            version: number;
            /**
             * @description Global log position of the last event written; queries can wait for it.
             * @example 1042
             */
            position: number;
            /** @description Ids of what the command created, where it created something. */
            id?: string;
            /** @description True when this was a retry of a command already recorded. */
            duplicate: boolean;
            /**
             * @description Types of the events recorded.
             * @example [
             *       "ProposalAgreed"
             *     ]
             */
            events: string[];
            /** @description What this write recorded on other streams as a consequence: each condition of an agreement, approval or decision raised as an action. */
            caused?: components["schemas"]["CausedWrite"][];
        };
        ChangeUserRoleRequestDto: {
            /**
             * @example oversight-committee
             * @enum {string}
             */
            role: "programme-office" | "lead" | "oversight-committee" | "administrator";
            /** @description For a lead, the leadId; omitted keeps the current one. */
            personId?: string | null;
            /**
             * @description Why (required); also recorded with the event.
             * @example Joined the oversight committee
             */
            reason: string;
        };
        DeactivateUserRequestDto: {
            /**
             * @description Why (required); also recorded with the event.
             * @example Left the Metropolitan Police Service
             */
            reason: string;
        };
        PasswordDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * Format: password
             * @description At least 12 characters, not only white space, and not easily guessed (common or breached-style passwords, keyboard patterns, the user name): checked with zxcvbn. Stored only as a bcrypt hash.
             */
            password: string;
        };
        PersonPostDto: {
            /** @example Programme director */
            post: string;
            /**
             * Format: date
             * @description The day they took up the post.
             * @example 2007-10-01
             */
            from: string;
            /**
             * Format: date
             * @description The day they left it; omit while they hold it (or when not known).
             * @example 2009-09-30
             */
            to?: string | null;
        };
        SourceReferenceDto: {
            /** @example Service Review 2005 (MPA report, 29 September 2005) */
            document: string;
            /** @example 21 */
            paragraph?: string | null;
        };
        RecordPersonRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @description The id lead, owner and accountable fields will name.
             * @example post-programme-director
             */
            personId: string;
            /** @example Programme director (successor to Stephen Rimmer) */
            name: string;
            /** @description Posts held, with their dates. */
            posts?: components["schemas"]["PersonPostDto"][];
            /** @description Where the reports name them. */
            source?: components["schemas"]["SourceReferenceDto"];
        };
        RecordPersonPostRequestDto: {
            /** @example Programme director */
            post: string;
            /**
             * Format: date
             * @description The day they took up the post.
             * @example 2007-10-01
             */
            from: string;
            /**
             * Format: date
             * @description The day they left it; omit while they hold it (or when not known).
             * @example 2009-09-30
             */
            to?: string | null;
            /** @description Why, or where the reports say so; recorded with the event. */
            reason?: string;
        };
        EstablishProgrammeRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @description Chosen by the caller, or generated.
             * @example met-modernisation
             */
            programmeId?: string;
            /** @example Met Modernisation Programme */
            name: string;
            /** @example Working together for a safer London */
            mission: string;
            description?: string;
            source: components["schemas"]["SourceReferenceDto"];
        };
        DefineStrategicPriorityRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /** @example counter-terrorism */
            priorityId?: string;
            /** @example Counter-terrorism, security and protection */
            title: string;
            description?: string;
        };
        DefineStrategicOutcomeRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /** @example communities-feel-safer */
            outcomeId?: string;
            /** @example Communities are, and feel, safer */
            title: string;
            description?: string;
        };
        AppointProgrammeDirectorRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @description A person id of the people directory (GET /people); one it does not hold is refused (400 UNKNOWN_PERSON).
             * @example person-stephen-rimmer
             */
            personId: string;
            /** @example Stephen Rimmer */
            name: string;
            /**
             * Format: date
             * @description Calendar date the appointment takes effect
             * @example 2005-10-01
             */
            effectiveDate: string;
        };
        RegisterProposalRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @description Chosen by the caller, or generated.
             * @example safer-neighbourhoods
             */
            proposalId?: string;
            /** @example Safer Neighbourhoods */
            title: string;
            /** @example A dedicated neighbourhood team in every ward of London by April 2007. */
            aims: string;
            source: components["schemas"]["SourceReferenceDto"];
            /**
             * @description Ids of the programme’s strategic outcomes the proposal supports (at least one).
             * @example [
             *       "communities-feel-safer"
             *     ]
             */
            outcomeIds: string[];
            /**
             * @description Ids of the programme’s strategic priorities the proposal supports.
             * @example [
             *       "neighbourhood-policing"
             *     ]
             */
            priorityIds: string[];
        };
        OpenConsultationRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * Format: date
             * @description Calendar date the consultation opens
             * @example 2005-10-03
             */
            opensOn: string;
            /**
             * Format: date
             * @description Calendar date it closes (not before opensOn)
             * @example 2005-12-16
             */
            closesOn: string;
            /**
             * @example [
             *       "Metropolitan Police Federation",
             *       "London boroughs",
             *       "Community safety partnerships"
             *     ]
             */
            consultees: string[];
            /** @example Consultation on rolling out Safer Neighbourhoods teams to every ward. */
            description: string;
        };
        CloseConsultationRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * Format: date
             * @description Calendar date the consultation closed
             * @example 2005-12-16
             */
            closedOn: string;
            /** @example Broad support from boroughs; the Federation asked for a staffing review. */
            summary: string;
        };
        ConditionFollowUpDto: {
            /**
             * @description Who must see the conditions met (default: the proposal’s lead, else the programme office).
             * @example Stephen Rimmer
             */
            ownerName?: string;
            /**
             * @description The owner's person id, so they see the actions under my actions and may complete them. A person id of the people directory (GET /people); one it does not hold is refused (400 UNKNOWN_PERSON).
             * @example person-stephen-rimmer
             */
            ownerPersonId?: string;
            /**
             * Format: date
             * @description Due by this day (default: three months after the decision, unless dueMeetingId).
             * @example 2006-03-09
             */
            dueOn?: string;
            /**
             * @description The meeting the conditions must come back to; due by its day.
             * @example mmp-oversight-2006-03-09
             */
            dueMeetingId?: string;
        };
        AgreeProposalRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @example Authority
             * @enum {string}
             */
            forum: "Authority" | "Committee" | "ManagementBoard";
            /**
             * Format: date
             * @description Calendar date of the decision
             * @example 2005-09-29
             */
            decisionDate: string;
            /** @example Metropolitan Police Authority, full Authority meeting */
            meeting: string;
            /** @example MPA 29/09/05 item 5 */
            minuteReference: string;
            /**
             * @description Empty or absent for an unconditional agreement.
             * @example [
             *       "Business case to the Finance and Resources Committee"
             *     ]
             */
            conditions?: string[];
            /**
             * @description The meeting it was taken at: a scheduled meeting of the same forum (404 when there is none, 400 when of another forum).
             * @example mmp-authority-2005-09-29
             */
            meetingId?: string;
            /** @description Who follows up the conditions and by when: each condition becomes an action (defaults: the proposal’s lead, else the programme office; three months on). */
            followUp?: components["schemas"]["ConditionFollowUpDto"];
        };
        NotTakeProposalForwardRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @example too-bureaucratic
             * @enum {string}
             */
            reasonCode: "too-bureaucratic" | "better-elsewhere" | "unfair-impact-on-staff" | "other";
            /** @example Would add a layer of reporting without improving the service. */
            rationale: string;
            /**
             * Format: date
             * @description Calendar date of the decision
             * @example 2005-09-29
             */
            decisionDate: string;
        };
        DeferProposalRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * Format: date
             * @description Calendar date of the decision
             * @example 2005-09-29
             */
            decisionDate: string;
            /**
             * @description Why it waits, from the same list as a proposal not taken forward
             * @example better-elsewhere
             * @enum {string}
             */
            reasonCode: "too-bureaucratic" | "better-elsewhere" | "unfair-impact-on-staff" | "other";
            /**
             * Format: date
             * @description Calendar date to revisit it, if one was set
             * @example 2006-04-01
             */
            until?: string | null;
            /** @example Await the outcome of the national review of force structures. */
            rationale: string;
        };
        ReopenProposalRequestDto: {
            /**
             * Format: date
             * @description Calendar date it was reopened
             * @example 2006-06-01
             */
            reopenedOn: string;
            /**
             * @description Why the proposal is reopened (required); also recorded with the event.
             * @example The national review concluded; the Authority asked for the proposal to be reconsidered.
             */
            reason: string;
        };
        AssignLeadRequestDto: {
            /**
             * @description A person id of the people directory (GET /people); one it does not hold is refused (400 UNKNOWN_PERSON).
             * @example person-tim-godwin
             */
            leadId: string;
            /** @example Tim Godwin */
            leadName: string;
            /** @example Assistant Commissioner, Territorial Policing */
            leadRole: string;
            /**
             * Format: date
             * @description Calendar date the lead becomes accountable
             * @example 2005-10-01
             */
            effectiveDate: string;
            /**
             * @description Why; required when the proposal already has a lead (a reassignment).
             * @example Portfolio moved to Territorial Policing
             */
            reason?: string;
        };
        EqualityImpactsDto: {
            /**
             * @example neutral
             * @enum {string}
             */
            age: "positive" | "negative" | "neutral";
            /**
             * @example neutral
             * @enum {string}
             */
            disability: "positive" | "negative" | "neutral";
            /**
             * @example neutral
             * @enum {string}
             */
            "gender-reassignment": "positive" | "negative" | "neutral";
            /**
             * @example neutral
             * @enum {string}
             */
            "marriage-and-civil-partnership": "positive" | "negative" | "neutral";
            /**
             * @example neutral
             * @enum {string}
             */
            "pregnancy-and-maternity": "positive" | "negative" | "neutral";
            /**
             * @example positive
             * @enum {string}
             */
            race: "positive" | "negative" | "neutral";
            /**
             * @example neutral
             * @enum {string}
             */
            "religion-or-belief": "positive" | "negative" | "neutral";
            /**
             * @example neutral
             * @enum {string}
             */
            sex: "positive" | "negative" | "neutral";
            /**
             * @example neutral
             * @enum {string}
             */
            "sexual-orientation": "positive" | "negative" | "neutral";
        };
        AssessEqualityImpactRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @description Chosen by the caller, or generated.
             * @example eia-safer-neighbourhoods-2006
             */
            assessmentId?: string;
            /**
             * @example full-assessment-required
             * @enum {string}
             */
            screeningOutcome: "full-assessment-required" | "no-significant-impact";
            impacts: components["schemas"]["EqualityImpactsDto"];
            /** @example Ward panel surveys and borough community consultation, 2005. */
            evidence: string;
            /**
             * @description Required when any impact is negative.
             * @example Recruit PCSOs from the communities each ward serves.
             */
            mitigation?: string | null;
            /**
             * Format: date
             * @description Calendar date to review the assessment (not before assessedOn)
             * @example 2007-04-01
             */
            reviewDate: string;
            /**
             * Format: date
             * @description Calendar date of the assessment
             * @example 2006-04-10
             */
            assessedOn: string;
        };
        AssessDeliveryConfidenceRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @example amber-green
             * @enum {string}
             */
            rating: "green" | "amber-green" | "amber" | "amber-red" | "red";
            /**
             * @description 'self' is the lead's own rating, 'independent' a reviewer's; both are kept.
             * @example self
             * @enum {string}
             */
            assessment: "self" | "independent";
            /** @example Ward teams in 440 of 630 wards; PCSO recruitment on plan. */
            commentary: string;
            /**
             * Format: date
             * @description Calendar date of the assessment
             * @example 2006-09-30
             */
            assessedOn: string;
            /** @example Tim Godwin */
            assessorName: string;
        };
        StartDeliveryRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * Format: date
             * @description Calendar date delivery started (not before the agreement)
             * @example 2006-04-01
             */
            startedOn: string;
        };
        CloseProposalRequestDto: {
            /**
             * Format: date
             * @description Calendar date it was closed
             * @example 2008-03-31
             */
            closedOn: string;
            /**
             * @description Why the proposal is closed (required); also recorded with the event.
             * @example A Safer Neighbourhoods team is in place in every ward; handed over to business as usual.
             */
            reason: string;
        };
        AmendProposalAimsRequestDto: {
            /** @example A dedicated neighbourhood team in every ward of London by April 2007, working to the 2006/07 plan’s objectives. */
            aims: string;
            /**
             * @description Ids of the programme’s strategic outcomes the proposal supports (at least one).
             * @example [
             *       "confident-communities"
             *     ]
             */
            outcomeIds: string[];
            /**
             * @description Ids of the plan objectives the proposal serves (may be empty). A new link may not be made to an objective under a retired priority.
             * @example [
             *       "increase-detections"
             *     ]
             */
            objectiveIds: string[];
            /**
             * Format: date
             * @description Calendar date the amendment takes effect
             * @example 2006-04-01
             */
            amendedOn: string;
            /**
             * @description Why the aims or links change (required); also recorded with the event.
             * @example The 2006/07 policing plan sets objectives this proposal serves.
             */
            reason: string;
        };
        BusinessCaseSectionsDto: {
            /** @example Delivers the Safer Neighbourhoods outcome: communities are, and feel, safer. */
            strategic: string;
            /** @example Options appraised: status quo, phased roll-out, immediate roll-out to all 630 wards. */
            economic: string;
            /** @example PCSO recruitment through the existing framework; no new procurement. */
            commercial: string;
            /** @example Funded from the Home Office grant and the MPA precept over 2006/07 to 2007/08. */
            financial: string;
            /** @example Led by AC Tim Godwin through the Territorial Policing board; quarterly reports to the MPA. */
            management: string;
        };
        InvestmentByYearDto: {
            /**
             * @description UK financial year, 1 April to 31 March
             * @example 2006/07
             */
            financialYear: string;
            /**
             * @description Whole pence
             * @example 4500000000
             */
            amountPence: number;
        };
        AnticipatedBenefitDto: {
            /** @example Reduced fear of crime in wards with a full team */
            description: string;
            /**
             * @description Whole pence, where the benefit is monetised
             * @example 250000000
             */
            amountPence?: number | null;
        };
        SubmitBusinessCaseRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @description SOC, then OBC, then FBC; a returned case is resubmitted at the same stage as a new version.
             * @example SOC
             * @enum {string}
             */
            stage: "SOC" | "OBC" | "FBC";
            sections: components["schemas"]["BusinessCaseSectionsDto"];
            /** @description One entry per financial year */
            investment: components["schemas"]["InvestmentByYearDto"][];
            /**
             * @description Whole pence
             * @example 12000000000
             */
            wholeLifeCostPence: number;
            anticipatedBenefits: components["schemas"]["AnticipatedBenefitDto"][];
            /**
             * @description Who submits it, usually the lead
             * @example Tim Godwin
             */
            submittedBy: string;
            /**
             * Format: date
             * @description Calendar date of submission
             * @example 2005-11-15
             */
            submittedOn: string;
        };
        ApproveBusinessCaseRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @description Empty or absent for an unconditional approval.
             * @example [
             *       "Report PCSO recruitment quarterly to the Finance and Resources Committee"
             *     ]
             */
            conditions?: string[];
            /** @example MPA Finance and Resources Committee, 15 December 2005 */
            meeting: string;
            /**
             * Format: date
             * @description Calendar date of the decision
             * @example 2005-12-15
             */
            decisionDate: string;
            /**
             * @description The meeting it was taken at: a scheduled meeting of the forum its words name (404 when there is none, 400 when of another forum).
             * @example mmp-authority-2005-09-29
             */
            meetingId?: string;
            /** @description Who follows up the conditions and by when: each condition becomes an action (defaults: the proposal’s lead, else the programme office; three months on). */
            followUp?: components["schemas"]["ConditionFollowUpDto"];
        };
        ReturnBusinessCaseRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /** @example The economic case should compare a phased roll-out with the status quo. */
            comments: string;
            /** @example MPA Finance and Resources Committee, 15 December 2005 */
            meeting: string;
            /**
             * Format: date
             * @description Calendar date of the decision
             * @example 2005-12-15
             */
            decisionDate: string;
            /**
             * @description The meeting it was taken at: a scheduled meeting of the forum its words name (404 when there is none, 400 when of another forum).
             * @example mmp-authority-2005-09-29
             */
            meetingId?: string;
        };
        ScheduledValueDto: {
            /**
             * @description Financial year (2006/07) or quarter (2006-Q3)
             * @example 2006/07
             */
            period: string;
            /**
             * @description In the benefit's unit: whole pence when the unit is GBP-pence (£70m = 7000000000), else a whole number.
             * @example 3500000000
             */
            plannedValue: number;
        };
        PlanBenefitRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @description Chosen by the caller, or generated.
             * @example savings-target-70m
             */
            benefitId?: string;
            /** @example Efficiency savings of £70m from the Service Review proposals */
            description: string;
            /** @example Cashable savings released from the base budget and reinvested in front-line policing */
            observableOutcome: string;
            /** @example Cashable savings against the 2005/06 base budget */
            measure: string;
            /**
             * @description 'GBP-pence' for cash (required when cashReleasing); any other unit is free text.
             * @example GBP-pence
             */
            unit: string;
            /** @example Budget monitoring by the Resources Directorate, traced to each proposal’s business case */
            attribution: string;
            /** @example true */
            cashReleasing: boolean;
            /** @example true */
            quantitative: boolean;
            /**
             * @description True for a dis-benefit: an outcome seen as negative.
             * @example false
             */
            isDisbenefit: boolean;
            /**
             * @description The benefit owner, accountable for realising it. A person id of the people directory (GET /people); one it does not hold is refused (400 UNKNOWN_PERSON).
             * @example person-director-of-resources
             */
            ownerId: string;
            /** @example Director of Resources */
            ownerName: string;
            /**
             * @description Fixed for good once planned. In the benefit's unit: whole pence when the unit is GBP-pence (£70m = 7000000000), else a whole number.
             * @example 0
             */
            baseline: number;
            /**
             * @description Fixed for good once planned. In the benefit's unit: whole pence when the unit is GBP-pence (£70m = 7000000000), else a whole number.
             * @example 7000000000
             */
            target: number;
            /**
             * @description In the benefit's unit: whole pence when the unit is GBP-pence (£70m = 7000000000), else a whole number.
             * @example 7000000000
             */
            fullYearValue?: number | null;
            /**
             * @description Planned value per period, each period once.
             * @example [
             *       {
             *         "period": "2006/07",
             *         "plannedValue": 3500000000
             *       },
             *       {
             *         "period": "2007/08",
             *         "plannedValue": 7000000000
             *       }
             *     ]
             */
            schedule: components["schemas"]["ScheduledValueDto"][];
            /**
             * @description How the schedule's values read: 'per-period' amounts add up to the target; a 'running-total' rises to it; a 'level' is the rate reached in each period (e.g. savings a year), the last one the target. Realisations are reported the same way.
             * @default per-period
             * @example per-period
             * @enum {string}
             */
            scheduleKind: "per-period" | "running-total" | "level";
            /**
             * Format: date
             * @description The day the benefit was planned, e.g. with the business case that approved it (business time: the committee view of a day uses it); omit if unknown
             * @example 2006-02-03
             */
            plannedOn?: string | null;
        };
        LinkBenefitObjectivesRequestDto: {
            /**
             * @description Ids of the plan objectives the benefit contributes to. A new link may not be made to an objective under a retired priority.
             * @example [
             *       "sn-teams-in-every-ward"
             *     ]
             */
            objectiveIds: string[];
            /**
             * Format: date
             * @description Calendar date the link takes effect
             * @example 2006-04-01
             */
            linkedOn: string;
            /**
             * @description Why the benefit contributes to these objectives (required); also recorded with the event.
             * @example The ward teams are what the 2006/07 objective measures.
             */
            reason: string;
        };
        ReforecastBenefitRequestDto: {
            /**
             * @description The whole new schedule; baseline and target stay as planned. Reported periods must stay.
             * @example [
             *       {
             *         "period": "2006/07",
             *         "plannedValue": 2800000000
             *       },
             *       {
             *         "period": "2007/08",
             *         "plannedValue": 7000000000
             *       }
             *     ]
             */
            schedule: components["schemas"]["ScheduledValueDto"][];
            /**
             * @description Why the forecast changes; required, recorded on the event and in its metadata.
             * @example Shared service centre go-live moved to Q3 2006/07; savings phased accordingly
             */
            reason: string;
            /**
             * Format: date
             * @description The day of the re-forecast (business time: the committee view of a day uses it); omit if unknown
             * @example 2006-02-03
             */
            reforecastOn?: string | null;
        };
        RealiseBenefitRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @description A scheduled period not yet reported: financial year (2006/07) or quarter (2006-Q3).
             * @example 2006/07
             */
            period: string;
            /**
             * @description May be negative. In the benefit's unit: whole pence when the unit is GBP-pence (£70m = 7000000000), else a whole number.
             * @example 3120000000
             */
            actual: number;
            /**
             * @description Forecast for the remaining periods. In the benefit's unit: whole pence when the unit is GBP-pence (£70m = 7000000000), else a whole number.
             * @example 3880000000
             */
            forecastRemaining?: number | null;
            /** @example Outturn report 2006/07, Finance Committee, June 2007 */
            evidence: string;
            /** @example Safer Neighbourhoods rollout absorbed part of the release; remainder on track */
            commentary?: string | null;
        };
        CorrectBenefitRealisationRequestDto: {
            /**
             * @description The corrected actual for the period. In the benefit's unit: whole pence when the unit is GBP-pence (£70m = 7000000000), else a whole number.
             * @example 3050000000
             */
            actual: number;
            /**
             * @description Why the reported figure changes; required, recorded on the event and in its metadata.
             * @example Audited outturn lower than the provisional figure reported in May
             */
            reason: string;
        };
        PlanMilestoneRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @description Chosen by the caller, or generated.
             * @example sn-all-wards
             */
            milestoneId?: string;
            /**
             * @description The proposal the milestone delivers; omit for a programme-wide milestone.
             * @example safer-neighbourhoods
             */
            proposalId?: string | null;
            /** @example Safer Neighbourhoods teams in all 630 London wards */
            title: string;
            /**
             * Format: date
             * @description The planned date; it never moves (re-scheduling moves the forecast).
             * @example 2006-12-31
             */
            baselineDate: string;
            /**
             * @description Milestones of the same programme that must be achieved first (the critical path, across proposals). For example ['sn-recruitment-complete'].
             * @example []
             */
            predecessorIds?: string[];
            /**
             * Format: date
             * @description The day the milestone was planned (business time: the committee view of a day uses it); omit if unknown
             * @example 2006-02-03
             */
            plannedOn?: string | null;
        };
        RescheduleMilestoneRequestDto: {
            /**
             * Format: date
             * @description The new forecast date; the baseline stays.
             * @example 2007-03-31
             */
            forecastDate: string;
            /**
             * @description Why the milestone slips or moves; required, recorded on the event and in its metadata.
             * @example PCSO recruitment behind plan in outer boroughs
             */
            reason: string;
            /**
             * Format: date
             * @description The day of the re-schedule (business time: the committee view of a day uses it); omit if unknown
             * @example 2006-02-03
             */
            rescheduledOn?: string | null;
        };
        AchieveMilestoneRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * Format: date
             * @description The day it was achieved (not the day it is recorded).
             * @example 2007-03-30
             */
            achievedOn: string;
        };
        ChangeMilestonePredecessorsRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @description The complete new list; empty for none. Milestones of the same programme that must be achieved first (the critical path, across proposals).
             * @example [
             *       "sn-recruitment-complete",
             *       "sn-bases-opened"
             *     ]
             */
            predecessorIds: string[];
        };
        RaiseRiskRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @description Chosen by the caller, or generated.
             * @example sn-pcso-recruitment
             */
            riskId?: string;
            /**
             * @description The proposal the risk belongs to; omit for a programme risk.
             * @example safer-neighbourhoods
             */
            proposalId?: string | null;
            /**
             * @example threat
             * @enum {string}
             */
            kind: "threat" | "opportunity";
            /**
             * @description The register also holds issues, assumptions and dependencies.
             * @example risk
             * @enum {string}
             */
            category: "risk" | "issue" | "assumption" | "dependency";
            /** @example PCSO recruitment falls short of the Safer Neighbourhoods rollout */
            title: string;
            /** @example High turnover and competition from other forces for PCSO candidates */
            cause: string;
            /** @example Teams in outer boroughs are not at full strength by the target date */
            event: string;
            /** @example Wards without a full team; public confidence benefits delayed */
            effect: string;
            /** @example Assistant Commissioner, Territorial Policing */
            ownerName: string;
            /**
             * @description Inherent likelihood, 1 (rare) to 5 (almost certain).
             * @example 4
             */
            likelihood: number;
            /**
             * @description Inherent impact, 1 (minimal) to 5 (severe).
             * @example 4
             */
            impact: number;
            /**
             * @description Likelihood once the response works, 1–5.
             * @example 2
             */
            residualLikelihood: number;
            /**
             * @description Impact once the response works, 1–5.
             * @example 3
             */
            residualImpact: number;
            /**
             * @description When the risk could materialise.
             * @example Before the 2006/07 rollout completes
             */
            proximity: string;
            /**
             * @description avoid/reduce/transfer/accept for a threat; exploit/share/enhance/accept for an opportunity.
             * @example reduce
             * @enum {string}
             */
            response: "avoid" | "reduce" | "transfer" | "accept" | "exploit" | "share" | "enhance";
            /**
             * @example [
             *       "Rolling recruitment campaign with the GLA",
             *       "Monthly strength report to Management Board"
             *     ]
             */
            actions?: string[];
            /**
             * Format: date
             * @description The day the risk was raised (not the day it is recorded).
             * @example 2005-10-14
             */
            raisedOn: string;
        };
        ReassessRiskRequestDto: {
            /**
             * @description Inherent likelihood, 1 (rare) to 5 (almost certain).
             * @example 3
             */
            likelihood: number;
            /**
             * @description Inherent impact, 1 (minimal) to 5 (severe).
             * @example 4
             */
            impact: number;
            /**
             * @description Likelihood once the response works, 1–5.
             * @example 2
             */
            residualLikelihood: number;
            /**
             * @description Impact once the response works, 1–5.
             * @example 2
             */
            residualImpact: number;
            /**
             * @description Why the ratings change; required, recorded on the event and in its metadata.
             * @example Recruitment campaign filled 80% of vacancies by March 2006
             */
            reason: string;
            /**
             * Format: date
             * @description The day of the reassessment, not before the risk was raised.
             * @example 2006-03-31
             */
            reassessedOn: string;
        };
        CloseRiskRequestDto: {
            /**
             * @description Why the risk is closed; required, recorded on the event and in its metadata.
             * @example All 630 wards have a full Safer Neighbourhoods team
             */
            reason: string;
            /**
             * Format: date
             * @description The day it was closed, not before the risk was raised.
             * @example 2007-04-02
             */
            closedOn: string;
        };
        DecisionEvidenceDto: {
            /**
             * @example business-case
             * @enum {string}
             */
            kind: "business-case" | "benefit-forecast" | "risk-score";
            /**
             * @description What the evidence is: a proposal, benefit or risk id.
             * @example safer-neighbourhoods
             */
            ref: string;
            /**
             * @description The version relied on (business case version, stream version).
             * @example 2
             */
            version: number;
        };
        RecordDecisionRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @description Chosen by the caller, or generated.
             * @example mpa-2005-09-29-service-review
             */
            decisionId?: string;
            /**
             * @example Authority
             * @enum {string}
             */
            forum: "Authority" | "Committee" | "ManagementBoard";
            /**
             * Format: date
             * @description The day the forum decided (not the day it is recorded).
             * @example 2005-09-29
             */
            decisionDate: string;
            /** @example Service Review proposals for the Met Modernisation Programme */
            subject: string;
            /**
             * @description The proposal decided on, if the decision concerns one.
             * @example safer-neighbourhoods
             */
            proposalId?: string | null;
            /**
             * @description 'approve-with-conditions' needs conditions; 'approve' takes none.
             * @example approve-with-conditions
             * @enum {string}
             */
            outcome: "approve" | "approve-with-conditions" | "reject" | "defer";
            /** @example The proposals support all four strategic outcomes and the £70m savings target */
            rationale: string;
            /**
             * @example [
             *       "Business cases to come to the Authority for scrutiny before investment"
             *     ]
             */
            conditions?: string[];
            /** @example MPA 29/09/2005, minute 7 */
            minuteReference: string;
            /**
             * @example [
             *       {
             *         "kind": "business-case",
             *         "ref": "safer-neighbourhoods",
             *         "version": 2
             *       }
             *     ]
             */
            evidence?: components["schemas"]["DecisionEvidenceDto"][];
            /**
             * @description An earlier decision in this programme’s log that this one supersedes, e.g. mpa-2005-07-interim (it is kept, never overwritten).
             * @example null
             */
            supersedesDecisionId?: string | null;
            /**
             * @description The meeting it was taken at: a scheduled meeting of the same forum (404 when there is none, 400 when of another forum).
             * @example mmp-authority-2005-09-29
             */
            meetingId?: string;
            /** @description Who follows up the conditions and by when: each condition becomes an action (defaults: the proposal’s lead, else the programme office; three months on). */
            followUp?: components["schemas"]["ConditionFollowUpDto"];
        };
        ScheduleMeetingRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @description Chosen by the caller, or generated.
             * @example oversight-2006-03-09
             */
            meetingId?: string;
            /**
             * @example Committee
             * @enum {string}
             */
            forum: "Authority" | "Committee" | "ManagementBoard";
            /**
             * @description The body's own name.
             * @example MPA Oversight Committee
             */
            forumName: string;
            /** @example Oversight Committee, 9 March 2006 */
            title: string;
            /**
             * Format: date
             * @description The day of the meeting.
             * @example 2006-03-09
             */
            date: string;
            /** @description Where the record says the meeting was set. */
            source?: components["schemas"]["SourceReferenceDto"];
        };
        AddAgendaItemRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @description Chosen by the caller, or generated.
             * @example one-and-three-year-plans
             */
            itemId?: string;
            /**
             * @example proposal-report
             * @enum {string}
             */
            kind: "proposal-report" | "business-case" | "benefits-report" | "committee-pack" | "other";
            /** @example The 1 and 3 year plans */
            title: string;
            /**
             * @description The paper's reference or title.
             * @example Report 6
             */
            paper?: string;
            /**
             * @description The proposal the item is about (required for a proposal report or business case).
             * @example safer-neighbourhoods
             */
            proposalId?: string;
        };
        RecordMeetingHeldRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * Format: date
             * @description The day it was held, not before its scheduled day.
             * @example 2006-03-09
             */
            heldOn: string;
        };
        RaiseActionRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @description Chosen by the caller, or generated.
             * @example sn-consultation
             */
            actionId?: string;
            /** @example Complete the formal consultation and report its outcome */
            title: string;
            /**
             * @description Who must do it.
             * @example AC Tim Godwin
             */
            ownerName: string;
            /**
             * @description The owner's person id (a lead's), so they see it under my actions and may complete it. A person id of the people directory (GET /people); one it does not hold is refused (400 UNKNOWN_PERSON).
             * @example person-tim-godwin
             */
            ownerPersonId?: string;
            /**
             * @description condition: a condition of an agreement, approval or decision; meeting: raised at a meeting; office: by the programme office.
             * @enum {string}
             */
            origin: "condition" | "meeting" | "office";
            /**
             * @description The condition's words (origin condition).
             * @example subject to the ongoing formal consultation process
             */
            condition?: string;
            /** @example safer-neighbourhoods */
            proposalId?: string;
            /** @description The decision of the log the condition is attached to. */
            decisionId?: string;
            /** @description The meeting it was raised at (origin meeting). */
            meetingId?: string;
            /**
             * Format: date
             * @description Due by this day (or give dueMeetingId).
             * @example 2006-03-09
             */
            dueOn?: string;
            /**
             * @description The meeting it must come back to; due by its day.
             * @example oversight-2006-03-09
             */
            dueMeetingId?: string;
            /**
             * Format: date
             * @description The day it was raised.
             * @example 2005-09-29
             */
            raisedOn: string;
            source?: components["schemas"]["SourceReferenceDto"];
        };
        CompleteActionRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @description What shows it is done: a paper, a report, a minute.
             * @example Consultation report to the Authority, 26 January 2006
             */
            evidence: string;
            /**
             * Format: date
             * @example 2006-01-26
             */
            completedOn: string;
        };
        DropActionRequestDto: {
            /** @description Why it is no longer needed; required. */
            reason: string;
            /**
             * Format: date
             * @example 2006-02-01
             */
            droppedOn: string;
        };
        RaiseIssueRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @description Chosen by the caller, or generated.
             * @example pcso-shortfall
             */
            issueId?: string;
            /** @example safer-neighbourhoods */
            proposalId?: string;
            /** @example PCSO recruitment behind plan */
            title: string;
            /** @example Outer boroughs are short of PCSOs for their ward teams */
            description: string;
            /**
             * @example high
             * @enum {string}
             */
            severity: "low" | "medium" | "high" | "critical";
            /** @example AC Territorial Policing */
            ownerName: string;
            /**
             * @description The risk of the register that materialised.
             * @example sn-pcso-recruitment
             */
            riskId?: string;
            /**
             * Format: date
             * @example 2006-01-15
             */
            raisedOn: string;
        };
        EscalateIssueRequestDto: {
            /**
             * @example Committee
             * @enum {string}
             */
            forum: "Authority" | "Committee" | "ManagementBoard";
            /**
             * @description The meeting it goes to.
             * @example oversight-2006-03-09
             */
            meetingId?: string;
            /** @description Why it needs the forum; required. */
            reason: string;
            /**
             * Format: date
             * @example 2006-02-01
             */
            escalatedOn: string;
        };
        ResolveIssueRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /** @example Recruitment campaign funded */
            resolution: string;
            /**
             * Format: date
             * @example 2006-03-09
             */
            resolvedOn: string;
        };
        SetReportingDutyRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @description Chosen by the caller, or generated.
             * @example performance-to-pprc
             */
            dutyId?: string;
            /**
             * @example programme
             * @enum {string}
             */
            subject: "programme" | "proposal" | "benefit" | "objective";
            /** @description The proposal, benefit or objective reported on (not for the programme). */
            subjectId?: string;
            /** @example Performance reported to the PPRC for scrutiny */
            title: string;
            /**
             * @example Committee
             * @enum {string}
             */
            forum: "Authority" | "Committee" | "ManagementBoard";
            /** @example MPA PPRC */
            forumName: string;
            /** @enum {string} */
            recurrence: "one-off" | "recurring";
            /**
             * @description The days a report is due, ascending (one for a one-off duty).
             * @example [
             *       "2006-03-09"
             *     ]
             */
            dueDates: string[];
            source?: components["schemas"]["SourceReferenceDto"];
        };
        RecordReportReceivedRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * Format: date
             * @description The due day this report answers.
             * @example 2006-03-09
             */
            dueOn: string;
            /**
             * Format: date
             * @example 2006-03-02
             */
            receivedOn: string;
            /**
             * @description The paper received.
             * @example Report 6: the 1 and 3 year plans
             */
            paper: string;
            /**
             * @description What it covers.
             * @example The 2006/07 plan and the 2006–09 plan
             */
            covers: string;
        };
        DefinePlanRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /** @example policing-plan-2006-07 */
            planId: string;
            /**
             * @example policing-plan
             * @enum {string}
             */
            kind: "corporate-strategy" | "policing-plan";
            /** @example Policing Plan 2006/07 */
            title: string;
            /**
             * @description The first financial year of the plan.
             * @example 2006/07
             */
            firstYear: string;
            /**
             * @description The last financial year (an annual plan: the same as the first).
             * @example 2006/07
             */
            lastYear: string;
            /** @example Making London safe for all the people we serve */
            mission?: string | null;
            vision?: string | null;
            values?: string[];
            criticalSuccessFactors?: string[];
            /**
             * Format: date
             * @description The day the plan was adopted.
             * @example 2006-03-30
             */
            adoptedOn: string;
        };
        DefinePriorityRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /** @example counter-terrorism */
            priorityId: string;
            /**
             * @description For Londoners, or for excellence.
             * @example londoners
             * @enum {string}
             */
            tier: "londoners" | "excellence";
            /** @example Counter terrorism, security and protection */
            title: string;
            /**
             * Format: date
             * @example 2006-03-30
             */
            definedOn: string;
        };
        RewordPriorityRequestDto: {
            /** @example Counter terrorism, security and protection */
            title: string;
            /** @description Why the wording changes; kept in the plan’s history. */
            reason: string;
            /**
             * Format: date
             * @example 2006-04-01
             */
            rewordedOn: string;
        };
        RetirePriorityRequestDto: {
            /** @description The priority of the same plan it is merged into; omit to retire it outright. */
            mergedInto?: string | null;
            /** @description Why it is retired or merged. */
            reason: string;
            /**
             * Format: date
             * @example 2006-04-01
             */
            retiredOn: string;
        };
        AccountableDto: {
            /**
             * @description The person id of the Management Board member (a lead’s personId). A person id of the people directory (GET /people); one it does not hold is refused (400 UNKNOWN_PERSON).
             * @example person-tim-godwin
             */
            personId: string;
            /** @example AC Tim Godwin */
            name: string;
        };
        DefineObjectiveRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /** @example reduce-burglary */
            objectiveId: string;
            /**
             * @description A priority of the plan still in force.
             * @example safer-neighbourhoods
             */
            priorityId: string;
            /** @example Reduce residential burglary */
            title: string;
            accountable: components["schemas"]["AccountableDto"];
            /**
             * @description A critical focus area of the plan.
             * @default false
             */
            criticalFocus: boolean;
            /**
             * Format: date
             * @example 2006-04-01
             */
            definedOn: string;
        };
        AssignAccountabilityRequestDto: {
            accountable: components["schemas"]["AccountableDto"];
            /** @description Why accountability moves; kept in its history. */
            reason: string;
            /**
             * Format: date
             * @example 2006-09-01
             */
            assignedOn: string;
        };
        BaselineDto: {
            /** @example 60000 */
            value: number;
            /** @example 2005/06 */
            period: string;
        };
        DefineIndicatorRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /** @example burglaries */
            indicatorId: string;
            /** @example Residential burglaries recorded */
            title: string;
            /** @example offences */
            unit: string;
            /**
             * @example lower-is-better
             * @enum {string}
             */
            direction: "higher-is-better" | "lower-is-better";
            baseline?: components["schemas"]["BaselineDto"] | null;
            /** @example MPS crime recording system */
            dataSource: string;
            /**
             * @description How far short of target (in the unit) still counts as on track.
             * @example 500
             */
            tolerance: number;
            /**
             * Format: date
             * @example 2006-04-01
             */
            definedOn: string;
        };
        SetTargetRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @description A financial year of the plan.
             * @example 2006/07
             */
            period: string;
            /** @example 55000 */
            value: number;
        };
        ReportActualRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /**
             * @description A financial year of the plan; reported once.
             * @example 2006/07
             */
            period: string;
            /** @example 56000 */
            value: number;
            /**
             * Format: date
             * @example 2007-04-20
             */
            reportedOn: string;
        };
        CorrectActualRequestDto: {
            /** @example 2006/07 */
            period: string;
            /** @example 55200 */
            value: number;
            /** @description Why the figure is corrected; the old one is kept. */
            reason: string;
            /**
             * Format: date
             * @example 2007-05-01
             */
            correctedOn: string;
        };
        RecordFundingLineRequestDto: {
            /** @description Why this is being done; recorded with the event. */
            reason?: string;
            /** @example precept-2006-07 */
            lineId: string;
            /** @example 2006/07 */
            year: string;
            /**
             * @description A resource funds the plan; a requirement is what it must meet; savings are shown beside the gap.
             * @example resource
             * @enum {string}
             */
            kind: "resource" | "requirement" | "savings";
            /**
             * @description Resources only: where the money comes from.
             * @example precept
             * @enum {string|null}
             */
            source?: "precept" | "grant" | "home-office-bid" | "reserves" | "external" | null;
            /** @example Precept @ 5.5% */
            label: string;
            /**
             * @description Whole pence, never negative.
             * @example 3100000000
             */
            amountPence: number;
            /** @description The proposal whose investment it funds; omit for the programme as a whole. */
            proposalId?: string | null;
        };
        ReviseFundingLineRequestDto: {
            /**
             * @description Whole pence, never negative.
             * @example 3200000000
             */
            amountPence: number;
            /** @description Why the amount changes; the old one is kept. */
            reason: string;
        };
        ProgrammeRow: {
            programmeId: string;
            name: string;
            mission: string;
            description?: string | null;
            source: {
                document: string;
                paragraph: string | null;
            };
            /** Format: date-time */
            establishedAt: string;
            priorities: {
                priorityId: string;
                title: string;
                description?: string | null;
            }[];
            outcomes: {
                outcomeId: string;
                title: string;
                description?: string | null;
            }[];
            director?: {
                personId: string;
                name: string;
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                effectiveDate: string;
            } | null;
            directorHistory?: {
                personId: string;
                name: string;
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                effectiveDate: string;
                reason?: string | null;
            }[];
        };
        ProposalRow: {
            proposalId: string;
            programmeId: string;
            title: string;
            aims: string;
            source: {
                document: string;
                paragraph: string | null;
            };
            outcomeIds: string[];
            priorityIds: string[];
            /** @description The plan objectives the proposal serves. */
            objectiveIds?: string[];
            /** @description Each amendment of the aims, outcomes and objectives, oldest first, with what they were before. */
            aimsAmendments?: {
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                amendedOn: string;
                reason: string;
                recordedBy: string;
                previous: {
                    aims: string;
                    outcomeIds: string[];
                    objectiveIds: string[];
                };
            }[];
            /** @enum {string} */
            status: "registered" | "in-consultation" | "agreed" | "in-delivery" | "closed" | "not-taken-forward" | "deferred";
            /** Format: date-time */
            registeredAt: string;
            consultation?: {
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                opensOn: string;
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                closesOn: string;
                consultees: string[];
                description: string;
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                closedOn: string | null;
                summary: string | null;
            } | null;
            agreement: {
                /** @enum {string} */
                forum: "Authority" | "Committee" | "ManagementBoard";
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                decisionDate: string;
                meeting: string;
                minuteReference: string;
                conditions?: string[];
            } | null;
            notTakenForward?: {
                /** @enum {string} */
                reasonCode: "too-bureaucratic" | "better-elsewhere" | "unfair-impact-on-staff" | "other";
                rationale: string;
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                decisionDate: string;
            } | null;
            deferral?: {
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                decisionDate: string;
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                until?: string | null;
                /** @enum {string} */
                reasonCode: "too-bureaucratic" | "better-elsewhere" | "unfair-impact-on-staff" | "other";
                rationale: string;
            } | null;
            reopenings?: {
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                reopenedOn: string;
                reason: string;
                /** @enum {string} */
                previousStatus: "registered" | "in-consultation" | "agreed" | "in-delivery" | "closed" | "not-taken-forward" | "deferred";
            }[];
            lead: {
                leadId: string;
                leadName: string;
                leadRole: string;
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                since: string;
            } | null;
            leadHistory: {
                leadId: string;
                leadName: string;
                leadRole: string;
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                from: string;
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                to: string | null;
                reason?: string | null;
                recordedBy?: string;
            }[];
            equalityImpactAssessments?: {
                assessmentId: string;
                screeningOutcome: string;
                /** @description Per protected characteristic: positive, negative or neutral. */
                impacts: {
                    [key: string]: string;
                };
                evidence: string;
                mitigation?: string | null;
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                reviewDate: string;
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                assessedOn: string;
            }[];
            deliveryConfidence: {
                self: {
                    /** @enum {string} */
                    rating: "green" | "amber-green" | "amber" | "amber-red" | "red";
                    commentary: string;
                    /**
                     * Format: date
                     * @description A calendar date, YYYY-MM-DD.
                     */
                    assessedOn: string;
                    assessorName: string;
                } | null;
                independent: {
                    /** @enum {string} */
                    rating: "green" | "amber-green" | "amber" | "amber-red" | "red";
                    commentary: string;
                    /**
                     * Format: date
                     * @description A calendar date, YYYY-MM-DD.
                     */
                    assessedOn: string;
                    assessorName: string;
                } | null;
            };
            deliveryConfidenceHistory?: ({
                /** @enum {string} */
                rating: "green" | "amber-green" | "amber" | "amber-red" | "red";
                commentary: string;
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                assessedOn: string;
                assessorName: string;
            } & {
                /** @enum {string} */
                assessment: "self" | "independent";
            })[];
            businessCases: components["schemas"]["BusinessCaseVersion"][];
            decisions?: {
                decisionId: string;
                forum: string;
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                decisionDate: string;
                subject: string;
                /** @enum {string} */
                outcome: "approve" | "approve-with-conditions" | "reject" | "defer";
                supersedesDecisionId: string | null;
                supersededBy: string | null;
            }[];
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             */
            deliveryStartedOn?: string | null;
            closure?: {
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                closedOn: string;
                reason: string;
            } | null;
        };
        BenefitRow: {
            benefitId: string;
            proposalId?: string | null;
            programmeId: string;
            description: string;
            observableOutcome: string;
            measure: string;
            attribution: string;
            quantitative: boolean;
            ownerId: string;
            ownerName: string;
            fullYearValue?: number | null;
            /** @description GBP-pence for money, else the measure's unit (wards, officer-hours …) */
            unit: string;
            cashReleasing: boolean;
            isDisbenefit: boolean;
            baseline: number;
            target: number;
            /**
             * @description How the schedule reads: 'per-period' amounts add up to the target, a 'running-total' or a 'level' reaches it with its last value.
             * @enum {string}
             */
            scheduleKind: "per-period" | "running-total" | "level";
            /** @description Realised against the target: the sum of the periods ('per-period'), else the latest period's value. */
            realisedToDate: number;
            /** @description What the baseline schedule reaches. */
            plannedTotal: number;
            /** @description What the current (re-forecast) schedule reaches. */
            forecastTotal: number;
            /** @description Realised to date minus what was planned for the reported periods. */
            varianceToDate: number;
            periods: {
                period: string;
                baseline: number;
                forecast: number | null;
                realised: number | null;
                /** @description Realised minus the baseline; null until the period is reported. */
                variance: number | null;
            }[];
            baselineSchedule: {
                period: string;
                plannedValue: number;
            }[];
            currentSchedule: {
                period: string;
                plannedValue: number;
            }[];
            reforecasts: {
                schedule: {
                    period: string;
                    plannedValue: number;
                }[];
                reason: string;
                /** Format: date-time */
                at: string;
                by: string;
            }[];
            realisations: {
                period: string;
                actual: number;
                forecastRemaining?: number | null;
                evidence: string;
                commentary?: string | null;
                reportedBy: string;
                /** Format: date-time */
                reportedAt: string;
                corrections: {
                    previousActual: number;
                    actual: number;
                    reason: string;
                    /** Format: date-time */
                    correctedAt: string;
                }[];
            }[];
            /** @description The plan objectives the benefit contributes to. */
            objectiveIds?: string[];
            /** @description Each change of the objectives, oldest first, with what they were and why. */
            objectiveLinks?: {
                previousObjectiveIds: string[];
                objectiveIds: string[];
                reason: string;
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                linkedOn: string;
                by: string;
            }[];
        };
        MilestoneRow: {
            milestoneId: string;
            programmeId: string;
            proposalId?: string | null;
            title: string;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             */
            baselineDate: string;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             */
            forecastDate: string;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             */
            actualDate: string | null;
            predecessorIds: string[];
            reschedules: {
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                from: string;
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                to: string;
                reason: string;
                /** Format: date-time */
                at: string;
            }[];
            /** @description Days from the baseline date to the actual date, else to the forecast (the programme snapshot only). */
            slippageDays?: number;
        };
        RiskRow: {
            riskId: string;
            programmeId: string;
            proposalId?: string | null;
            /** @enum {string} */
            kind: "threat" | "opportunity";
            /** @enum {string} */
            category: "risk" | "issue" | "assumption" | "dependency";
            title: string;
            cause: string;
            event: string;
            effect: string;
            ownerName: string;
            likelihood: number;
            impact: number;
            /** @description Likelihood × impact. */
            score: number;
            residualLikelihood: number;
            residualImpact: number;
            /** @description Likelihood × impact. */
            residualScore: number;
            proximity: string;
            /** @enum {string} */
            response: "avoid" | "reduce" | "transfer" | "accept" | "exploit" | "share" | "enhance";
            actions: string[];
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             */
            raisedOn: string;
            /** @enum {string} */
            status: "open" | "closed";
            closure: {
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                closedOn: string;
                reason: string;
            } | null;
            issueIds?: string[];
            history?: {
                /** Format: date-time */
                at: string;
                score: number;
                residualScore: number;
                likelihood: number;
                impact: number;
                reason: string | null;
            }[];
        };
        DecisionRow: {
            decisionId: string;
            programmeId: string;
            proposalId?: string | null;
            /** @enum {string} */
            forum: "Authority" | "Committee" | "ManagementBoard";
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             */
            decisionDate: string;
            subject: string;
            /** @enum {string} */
            outcome: "approve" | "approve-with-conditions" | "reject" | "defer";
            rationale: string;
            conditions?: string[];
            evidence?: {
                /** @enum {string} */
                kind: "business-case" | "benefit-forecast" | "risk-score";
                ref: string;
                version?: (number | null) | string;
            }[];
            supersedesDecisionId?: string | null;
            supersededBy?: string | null;
        };
        ProgrammeSnapshot: {
            programme: components["schemas"]["ProgrammeRow"];
            /** @description Proposals per status. */
            proposalsByStatus: {
                [key: string]: number;
            };
            outcomeCoverage: {
                outcomeId: string;
                title: string;
                proposals: {
                    [key: string]: unknown;
                }[];
                covered: boolean;
            }[];
            uncoveredOutcomes: string[];
            /** @description The plan objectives, which live proposals serve each and which benefits contribute to it, and its off-track indicators (each rated in its latest year with an actual). */
            objectiveCoverage: {
                objectiveId: string;
                title: string;
                planId: string;
                priorityId: string;
                accountableName: string;
                proposals: {
                    proposalId: string;
                    title: string;
                }[];
                benefits: {
                    benefitId: string;
                    description: string;
                }[];
                covered: boolean;
                offTrackIndicators: {
                    indicatorId: string;
                    title: string;
                    /** @description A financial year such as 2006/07. */
                    period: string;
                    target: number;
                    actual: number;
                }[];
            }[];
            investmentByFinancialYear: {
                /** @description A financial year such as 2006/07. */
                financialYear: string;
                /** @description Money in pence. */
                approvedPence: number;
                /** @description Money in pence. */
                pendingPence: number;
            }[];
            benefitsSummary: {
                cashReleasing: {
                    count: number;
                    targetPence: number;
                    plannedPence: number;
                    forecastPence: number;
                    realisedPence: number;
                };
                nonCashReleasing: {
                    count: number;
                    targetPence: number;
                    plannedPence: number;
                    forecastPence: number;
                    realisedPence: number;
                };
                otherMeasures: number;
                disbenefits: number;
                cashReleasingByPeriod: {
                    period: string;
                    planned: number;
                    forecast: number;
                    realised: number;
                }[];
            };
            deliveryConfidence: {
                /** @description Live proposals per rating, and unrated. */
                self: {
                    [key: string]: number;
                };
                independent: {
                    [key: string]: number;
                };
            };
            milestonesSummary: {
                total: number;
                achieved: number;
                slipped: number;
                criticalPath: string[];
            };
            topRisks: {
                riskId: string;
                title: string;
                score: number;
                residualScore: number;
                ownerName: string;
            }[];
            proposals: components["schemas"]["ProposalRow"][];
            benefits: components["schemas"]["BenefitRow"][];
            milestones: components["schemas"]["MilestoneRow"][];
            risks: components["schemas"]["RiskRow"][];
            decisions: components["schemas"]["DecisionRow"][];
        };
        AuditEntry: {
            position: number;
            /** Format: date-time */
            recordedAt: string;
            /**
             * Format: date-time
             * @description The date the event speaks of, where it names one.
             */
            effectiveDate: string | null;
            eventType: string;
            streamId: string;
            streamVersion: number;
            actorId: string;
            /**
             * @description A user role, or system for the service itself (sign-in, first start).
             * @enum {string}
             */
            actorRole: "programme-office" | "lead" | "oversight-committee" | "administrator" | "system";
            actorName?: string | null;
            reason: string | null;
            programmeId?: string | null;
            proposalId?: string | null;
            /** @description What happened, in words. */
            sentence: string;
        };
        ProgrammeList: {
            items: {
                programmeId: string;
                name: string;
                mission: string;
            }[];
        };
        ProposalPage: {
            items: {
                proposalId: string;
                programmeId: string;
                title: string;
                /** @enum {string} */
                status: "registered" | "in-consultation" | "agreed" | "in-delivery" | "closed" | "not-taken-forward" | "deferred";
                lead: {
                    leadId: string;
                    leadName: string;
                    leadRole: string;
                    /**
                     * Format: date
                     * @description A calendar date, YYYY-MM-DD.
                     */
                    since: string;
                } | null;
                outcomeIds: string[];
                deliveryConfidence: {
                    self: {
                        /** @enum {string} */
                        rating: "green" | "amber-green" | "amber" | "amber-red" | "red";
                        commentary: string;
                        /**
                         * Format: date
                         * @description A calendar date, YYYY-MM-DD.
                         */
                        assessedOn: string;
                        assessorName: string;
                    } | null;
                    independent: {
                        /** @enum {string} */
                        rating: "green" | "amber-green" | "amber" | "amber-red" | "red";
                        commentary: string;
                        /**
                         * Format: date
                         * @description A calendar date, YYYY-MM-DD.
                         */
                        assessedOn: string;
                        assessorName: string;
                    } | null;
                };
                latestBusinessCase: components["schemas"]["BusinessCaseVersion"] | null;
            }[];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        BusinessCaseVersion: {
            /** @enum {string} */
            stage: "SOC" | "OBC" | "FBC";
            version: number;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             */
            submittedOn: string;
            submittedBy: string;
            /** @description The five cases: strategic, economic, commercial, financial, management. */
            sections: {
                [key: string]: string;
            };
            investment: {
                /** @description A financial year such as 2006/07. */
                financialYear: string;
                /** @description Money in pence. */
                amountPence: number;
            }[];
            /** @description Money in pence. */
            wholeLifeCostPence: number;
            anticipatedBenefits: {
                description: string;
                /** @description Money in pence. */
                amountPence: number | null;
            }[];
            /** @enum {string} */
            status: "awaiting-scrutiny" | "approved" | "returned";
            scrutiny?: {
                outcome: string;
                meeting: string;
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                decisionDate: string;
                conditions?: string[];
                comments?: string | null;
            } | null;
        };
        ProposalDetail: components["schemas"]["ProposalRow"] & {
            /** @description The proposal stream's version: send it as If-Match. */
            version: number;
            benefits: components["schemas"]["BenefitRow"][];
            risks: components["schemas"]["RiskRow"][];
            milestones: components["schemas"]["MilestoneRow"][];
            timeline: {
                position: number;
                /** Format: date-time */
                recordedAt: string;
                /** Format: date-time */
                effectiveDate: string | null;
                eventType: string;
                actorId: string;
                actorRole: string;
                actorName: string | null;
                reason: string | null;
                sentence: string;
            }[];
        };
        ProgrammeAsAt: {
            /**
             * Format: date-time
             * @description The recording moment: what the ledger held then.
             */
            asAt: string;
            /**
             * Format: date
             * @description The calendar day asked for (business time), or null.
             */
            on: string | null;
            /** @description Events recorded up to the moment that the snapshot is folded from. */
            eventsFolded: number;
            lastPosition: number;
            snapshot: components["schemas"]["ProgrammeSnapshot"];
        };
        ProgrammeChanges: {
            programmeId: string;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            /** @description Per kind of item: the programme's field changes (field: from → to), and for proposals, benefits … the items added, changed and removed. */
            changes: {
                [key: string]: unknown;
            };
            events: {
                position: number;
                /** Format: date-time */
                recordedAt: string;
                type: string;
                streamId: string;
                actor: {
                    id: string;
                    role: string;
                    name?: string;
                };
                reason: string | null;
                sentence: string | null;
            }[];
        };
        AuditPage: {
            items: components["schemas"]["AuditEntry"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        ChainHead: {
            position: number;
            /** @description SHA-256, hex. */
            hash: string;
            events: number;
        };
        ChainVerification: {
            ok: boolean;
            checkedEvents: number;
            chainHead?: {
                position: number;
                hash: string;
                events: number;
            } | null;
            verifiedThrough?: {
                position: number;
                hash: string;
                events: number;
            } | null;
            firstBreak: {
                position: number;
                link?: number | null;
                kind: string;
                message: string;
            } | null;
            notYetChained?: number;
            expectedHead?: {
                position: number;
                hash: string;
                recomputedHash: string | null;
                matches: boolean;
                message: string;
            };
        };
        CommitteePack: {
            kind: string;
            formatVersion: number;
            /**
             * @description Only on a business-time pack (basis=business).
             * @enum {string}
             */
            basis?: "business";
            programme: {
                programmeId: string;
                name: string;
                mission: string;
            };
            meeting: {
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                date: string;
                /** Format: date-time */
                asAt: string;
            };
            previousMeeting?: {
                [key: string]: unknown;
            } | null;
            chainHead: {
                position: number;
                hash: string;
                events: number;
            } | null;
            eventsFolded: number;
            riskThreshold: number;
            summary: {
                [key: string]: unknown;
            };
            changes?: {
                [key: string]: unknown;
            } | null;
            businessCasesAwaitingScrutiny: {
                [key: string]: unknown;
            }[];
            benefits: {
                benefitId: string;
                description: string;
                unit: string;
                target: number;
                realisedToDate: number;
                varianceToDate: number;
            }[];
            risks: {
                riskId: string;
                title: string;
                score: number;
                residualScore: number;
            }[];
            milestonesSlipped: {
                milestoneId: string;
                title: string;
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                baselineDate: string;
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                forecastDate: string;
                slippageDays: number;
            }[];
            decisions: {
                decisionId: string;
                /** @enum {string} */
                forum: "Authority" | "Committee" | "ManagementBoard";
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 */
                decisionDate: string;
                subject: string;
                /** @enum {string} */
                outcome: "approve" | "approve-with-conditions" | "reject" | "defer";
            }[];
            /** @description Each plan's indicators, actual against target for the meeting's year, off track first, with the accountable member and the proposals serving the objective. Absent when the programme had no plan. */
            performance?: {
                planId: string;
                title: string;
                period: string;
                indicators: {
                    priorityId: string;
                    priority: string;
                    objectiveId: string;
                    objective: string;
                    criticalFocus: boolean;
                    accountable: string;
                    indicatorId: string;
                    indicator: string;
                    unit: string;
                    direction: string;
                    target: number | null;
                    actual: number | null;
                    tolerance: number;
                    status: string;
                    servedBy: string[];
                }[];
            }[];
            /** @description The medium-term financial plan: its lines with citations, and the gap by year (pence). Absent when there are none. */
            funding?: {
                years: {
                    year: string;
                    resourcesPence: number;
                    requirementPence: number;
                    savingsPence: number;
                    gapPence: number;
                }[];
                lines: {
                    lineId: string;
                    year: string;
                    kind: string;
                    source: string | null;
                    label: string;
                    amountPence: number;
                    proposalId: string | null;
                    citation: string | null;
                }[];
            };
            /** @description The Merkle log: the signed head of the tree the pack was built from, the consistency proof from the previous meeting's head, an inclusion proof per change, decision and matter arising listed. */
            log: {
                /** @enum {string} */
                tree: "rfc9162-sha256";
                signedHead: components["schemas"]["SignedTreeHead"];
                consistency: {
                    fromSize: number;
                    toSize: number;
                    fromRoot: string;
                    toRoot: string;
                    path: string[];
                } | null;
                inclusion: {
                    position: number;
                    leafIndex: number;
                    /** @description Set when the event recorded a decision the pack lists. */
                    decisionId?: string;
                    /** @description Set when a matter arising the pack lists was built from this event. */
                    matter?: {
                        /** @enum {string} */
                        kind: "action" | "issue" | "reporting-duty";
                        id: string;
                    };
                    /** @description The event as stored: its leaf is SHA-256(0x00 || its canonical JSON). */
                    event: {
                        [key: string]: unknown;
                    };
                    /** @description The RFC 9162 audit path, leaf to root. */
                    path: string[];
                }[];
            };
            /** @description SHA-256 of the canonical JSON of everything above: two packs with the same digest say the same. */
            digest: string;
        };
        UserList: {
            items: {
                userId: string;
                username: string;
                name: string;
                /** @enum {string} */
                role: "programme-office" | "lead" | "oversight-committee" | "administrator";
                personId?: string | null;
                active: boolean;
                /** Format: date-time */
                registeredAt: string;
                /** Format: date-time */
                deactivatedAt?: string | null;
                /** Format: date-time */
                lastSignedInAt?: string | null;
            }[];
        };
        LogKey: {
            /** @enum {string} */
            algorithm: "Ed25519";
            publicKey: string;
            publicKeyPem: string;
            fingerprint: string;
        };
        SignedTreeHead: {
            treeSize: number;
            /** @description RFC 9162 root of the first treeSize events, hex */
            rootHash: string;
            /** Format: date-time */
            timestamp: string;
            /** @description Ed25519 over the canonical JSON {kind, version, treeSize, rootHash, timestamp}, base64 */
            signature: string;
            /** @description Raw Ed25519 public key, base64 */
            publicKey: string;
            keyFingerprint: string;
        };
        InclusionProof: {
            leafIndex: number;
            position: number;
            treeSize: number;
            leafHash: string;
            rootHash: string;
            path: string[];
            head: components["schemas"]["SignedTreeHead"];
        };
        ConsistencyProof: {
            fromSize: number;
            toSize: number;
            fromRoot: string;
            toRoot: string;
            path: string[];
            head: components["schemas"]["SignedTreeHead"];
        };
        ErrorResponse: {
            /**
             * @description The HTTP status, repeated.
             * @example 409
             */
            statusCode: number;
            /**
             * @description What went wrong, for programs: VALIDATION_FAILED, a rule code such as LEAD_REQUIRES_AGREED_PROPOSAL, NOT_FOUND …
             * @example LEAD_REQUIRES_AGREED_PROPOSAL
             */
            code: string;
            /** @description What went wrong, for people. */
            message: string;
            /**
             * @description The request field the error is about, where there is one, on every status: a path such as schedule[0].period or predecessorIds[1], a header (If-Match, Idempotency-Key) or a path parameter (proposalId).
             * @example period
             */
            field?: string;
            /** @description Validation errors: each bad field (a path such as schedule[0].period) and what is wrong with it. */
            errors?: {
                field: string;
                messages: string[];
            }[];
            /** @description VALIDATION_FAILED: how many bad fields there were in all (`errors` lists the first 20). */
            errorCount?: number;
            /** @description 412 only: the version the request expected (If-Match). */
            expectedVersion?: number | string;
            /** @description 412 only: the version the stream is at. */
            currentVersion?: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The stream version after a write (quoted, e.g. "3"): send it back as If-Match to write only over what you saw. */
        ETag: string;
        /** @description Seconds to wait before trying again. */
        "Retry-After": number;
        /** @description This request's id: the caller's X-Request-Id if well-formed, else a new one. It is on every log line of the request and is the correlation id of the events a command records. */
        "X-Request-Id": string;
        /** @description With waitForPosition: that position when the read models have applied it, else `pending` (the answer may not show the write yet). */
        "X-Projected-Through": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everything is up (and the demo seed, if any, complete). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description "seeding" (with 503) while the first start records the demo: sign-in may not work yet.
                         * @enum {string}
                         */
                        status: "ok" | "seeding" | "error";
                        /**
                         * @description The first start's demo seed: still being recorded (503), recorded, or none begun in this store.
                         * @enum {string}
                         */
                        seed?: "in-progress" | "complete" | "none";
                        database: {
                            /** @enum {string} */
                            status: "up" | "down";
                            embedded?: boolean;
                            message?: string;
                        };
                        eventStore: {
                            /** @enum {string} */
                            status: "up" | "down";
                            lastPosition?: number;
                            /** @description Committed events readers cannot see yet, and the open transaction holding them back. */
                            hold?: Record<string, never>;
                        };
                        projections?: {
                            name: string;
                            position: number;
                            eventsBehind: number;
                            /** @description Present (true) where the event store stopped counting (KurrentDB): at least eventsBehind. */
                            eventsBehindAtLeast?: boolean;
                            secondsBehind: number;
                            /** Format: date-time */
                            updatedAt?: string;
                            /** @description This process runs the projection (one process does, the others wait). */
                            activeHere?: boolean;
                        }[];
                    };
                };
            };
            /** @description The database is down (status "error"), or the first start is still recording the demo (status "seeding", seed "in-progress", Retry-After): not ready for traffic yet. Same shape. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description "seeding" (with 503) while the first start records the demo: sign-in may not work yet.
                         * @enum {string}
                         */
                        status: "ok" | "seeding" | "error";
                        /**
                         * @description The first start's demo seed: still being recorded (503), recorded, or none begun in this store.
                         * @enum {string}
                         */
                        seed?: "in-progress" | "complete" | "none";
                        database: {
                            /** @enum {string} */
                            status: "up" | "down";
                            embedded?: boolean;
                            message?: string;
                        };
                        eventStore: {
                            /** @enum {string} */
                            status: "up" | "down";
                            lastPosition?: number;
                            /** @description Committed events readers cannot see yet, and the open transaction holding them back. */
                            hold?: Record<string, never>;
                        };
                        projections?: {
                            name: string;
                            position: number;
                            eventsBehind: number;
                            /** @description Present (true) where the event store stopped counting (KurrentDB): at least eventsBehind. */
                            eventsBehindAtLeast?: boolean;
                            secondsBehind: number;
                            /** Format: date-time */
                            updatedAt?: string;
                            /** @description This process runs the projection (one process does, the others wait). */
                            activeHere?: boolean;
                        }[];
                    };
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInRequestDto"];
            };
        };
        responses: {
            /** @description The access token in the body; the refresh token in an httpOnly cookie. */
            200: {
                headers: {
                    /** @description ledger_refresh=<refresh token>; Path=/auth/refresh; Expires=<end of the session>; HttpOnly; Secure; SameSite=Strict. The refresh token: single use, sent back by the browser to POST /auth/refresh only. */
                    "Set-Cookie"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInResponseDto"];
                };
            };
            /** @description VALIDATION_FAILED, or CREDENTIALS_IN_QUERY: credentials only in the body, never the URL */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INVALID_CREDENTIALS */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description TOO_MANY_SIGN_IN_ATTEMPTS: too many attempts from this address or for this user name; PASSWORD_HASHING_BUSY: too many passwords being checked. Retry-After says when to try again. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie: {
                /** @description The refresh token set by the last sign-in or refresh, in its httpOnly cookie; each one works once. */
                ledger_refresh: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description A new access token in the body; the next refresh token in the cookie. */
            200: {
                headers: {
                    /** @description ledger_refresh=<refresh token>; Path=/auth/refresh; Expires=<end of the session>; HttpOnly; Secure; SameSite=Strict. The refresh token: single use, sent back by the browser to POST /auth/refresh only. */
                    "Set-Cookie"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInResponseDto"];
                };
            };
            /** @description NO_REFRESH_COOKIE: the request carried no refresh cookie; INVALID_REFRESH_TOKEN: expired, reused or signed out (the cookie is cleared). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    /** @description Clears ledger_refresh (expired, same Path). */
                    "Set-Cookie"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee, administrator. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInUserDto"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee, administrator. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every user, active or not. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than administrator. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the user stream's version) you last saw. */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterUserRequestDto"];
            };
        };
        responses: {
            /** @description `id` is the username, which is also the user id. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than administrator. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PASSWORD_HASHING_BUSY: too many passwords being hashed; Retry-After says when to try again. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_changeRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the user stream's version) you last saw. */
                "If-Match"?: string;
            };
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeUserRoleRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than administrator. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_deactivate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the user stream's version) you last saw. */
                "If-Match"?: string;
            };
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeactivateUserRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than administrator. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_changePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the user stream's version) you last saw. */
                "If-Match"?: string;
            };
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than administrator. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PASSWORD_HASHING_BUSY: too many passwords being hashed; Retry-After says when to try again. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PeopleController_search: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
                /** @description Part of a name or id, any case; omit for everyone. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            personId: string;
                            name: string;
                            username: string | null;
                            /** @enum {string|null} */
                            role: "programme-office" | "lead" | "oversight-committee" | "administrator" | null;
                            posts: {
                                post: string;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD.
                                 */
                                from: string;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD.
                                 */
                                to: string | null;
                            }[];
                            currentPost: string | null;
                            source: {
                                document: string;
                                paragraph: string | null;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee, administrator. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PeopleController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the person stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPersonRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Where what was created is read: /people/{id}. */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PeopleController_recordPost: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the person stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPersonPostRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PeopleController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        personId: string;
                        name: string;
                        username: string | null;
                        /** @enum {string|null} */
                        role: "programme-office" | "lead" | "oversight-committee" | "administrator" | null;
                        posts: {
                            post: string;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            from: string;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            to: string | null;
                        }[];
                        currentPost: string | null;
                        source: {
                            document: string;
                            paragraph: string | null;
                        } | null;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee, administrator. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuditController_audit: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                programmeId?: string;
                proposalId?: string;
                actorId?: string;
                eventType?: string;
                /** @description Recorded at or after (ISO 8601) */
                from?: string;
                /** @description Recorded at or before (ISO 8601) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee, administrator. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuditLogController_head: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
                /** @description The head at this tree size (number of events); default the latest */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedTreeHead"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than oversight-committee, programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description LOG_EMPTY: no events yet; TREE_SIZE_NOT_REACHED: the tree is smaller than the size asked for; EVENT_NOT_IN_LOG: no event at that position. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuditLogController_inclusion: {
        parameters: {
            query: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
                /** @description The event's global position */
                position: number;
                /** @description Prove against the tree of this size (e.g. a pack's head); default the latest signed head */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InclusionProof"];
                };
            };
            /** @description VALIDATION_FAILED: a bad number, or (`field` size) a tree too small to hold the event. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than oversight-committee, programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description LOG_EMPTY: no events yet; TREE_SIZE_NOT_REACHED: the tree is smaller than the size asked for; EVENT_NOT_IN_LOG: no event at that position. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuditLogController_consistency: {
        parameters: {
            query: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
                /** @description The earlier tree size (the head you hold) */
                from: number;
                /** @description The later tree size; default the latest signed head */
                to?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsistencyProof"];
                };
            };
            /** @description VALIDATION_FAILED: a bad number, or (`field` from) from above to. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than oversight-committee, programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description LOG_EMPTY: no events yet; TREE_SIZE_NOT_REACHED: the tree is smaller than the size asked for; EVENT_NOT_IN_LOG: no event at that position. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LogKeyController_logKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogKey"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProgrammeQueriesController_listProgrammes: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeList"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProgrammesController_establish: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EstablishProgrammeRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Where what was created is read: /programmes/{id}. */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProgrammesController_definePriority: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefineStrategicPriorityRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProgrammesController_defineOutcome: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefineStrategicOutcomeRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProgrammesController_appointDirector: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointProgrammeDirectorRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProgrammeQueriesController_programme: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
            };
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeSnapshot"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProgrammeQueriesController_asAt: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
                /** @description Recording time: the programme as the ledger held it at this moment (ISO 8601; a bare date such as 2006-03-23 means the end of that day, UTC). With `on`, what the ledger held at this moment about that day. */
                at?: string;
                /** @description Business time: the programme as the record tells it on this calendar day — every event whose own date (a decision's, a lead's start, an assessment's, a realisation's period end …) is on or before it; an event without a date of its own goes with the one before it about the same item. For history recorded after the fact, such as the demo programme of 2005–2006. */
                on?: string;
            };
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeAsAt"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProgrammeQueriesController_changes: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
                /** @description From this moment (exclusive). A bare date means the end of that day (UTC). */
                from?: string;
                /** @description To this moment (inclusive); default now. */
                to?: string;
            };
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeChanges"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProposalsController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (proposal stream version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterProposalRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Where what was created is read: /proposals/{id}. */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED or a domain validation code; `errors` lists each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PROPOSAL_NOT_FOUND (or PROGRAMME_NOT_FOUND when registering). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command; `code` names the rule. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale; nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProposalsController_openConsultation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (proposal stream version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenConsultationRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED or a domain validation code; `errors` lists each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PROPOSAL_NOT_FOUND (or PROGRAMME_NOT_FOUND when registering). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command; `code` names the rule. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale; nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProposalsController_closeConsultation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (proposal stream version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseConsultationRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED or a domain validation code; `errors` lists each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PROPOSAL_NOT_FOUND (or PROGRAMME_NOT_FOUND when registering). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command; `code` names the rule. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale; nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProposalsController_agree: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (proposal stream version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreeProposalRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED or a domain validation code; `errors` lists each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PROPOSAL_NOT_FOUND (or PROGRAMME_NOT_FOUND when registering). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command; `code` names the rule. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale; nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProposalsController_notTakeForward: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (proposal stream version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotTakeProposalForwardRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED or a domain validation code; `errors` lists each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PROPOSAL_NOT_FOUND (or PROGRAMME_NOT_FOUND when registering). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command; `code` names the rule. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale; nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProposalsController_defer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (proposal stream version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeferProposalRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED or a domain validation code; `errors` lists each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PROPOSAL_NOT_FOUND (or PROGRAMME_NOT_FOUND when registering). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command; `code` names the rule. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale; nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProposalsController_reopen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (proposal stream version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenProposalRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED or a domain validation code; `errors` lists each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PROPOSAL_NOT_FOUND (or PROGRAMME_NOT_FOUND when registering). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command; `code` names the rule. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale; nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProposalsController_assignLead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (proposal stream version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignLeadRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED or a domain validation code; `errors` lists each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PROPOSAL_NOT_FOUND (or PROGRAMME_NOT_FOUND when registering). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command; `code` names the rule. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale; nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProposalsController_assessEqualityImpact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (proposal stream version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessEqualityImpactRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED or a domain validation code; `errors` lists each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PROPOSAL_NOT_FOUND (or PROGRAMME_NOT_FOUND when registering). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command; `code` names the rule. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale; nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProposalsController_assessDeliveryConfidence: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (proposal stream version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessDeliveryConfidenceRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED or a domain validation code; `errors` lists each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description NOT_LEAD_OF_PROPOSAL: a lead acts only on the proposals they currently lead.
             *
             *     FORBIDDEN for roles other than programme-office, lead, oversight-committee.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PROPOSAL_NOT_FOUND (or PROGRAMME_NOT_FOUND when registering). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command; `code` names the rule. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale; nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProposalsController_startDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (proposal stream version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartDeliveryRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED or a domain validation code; `errors` lists each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PROPOSAL_NOT_FOUND (or PROGRAMME_NOT_FOUND when registering). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command; `code` names the rule. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale; nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProposalsController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (proposal stream version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseProposalRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED or a domain validation code; `errors` lists each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PROPOSAL_NOT_FOUND (or PROGRAMME_NOT_FOUND when registering). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command; `code` names the rule. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale; nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProposalsController_amendAims: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (proposal stream version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendProposalAimsRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED or a domain validation code; `errors` lists each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PROPOSAL_NOT_FOUND (or PROGRAMME_NOT_FOUND when registering). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command; `code` names the rule. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale; nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProposalQueriesController_proposals: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                programmeId?: string;
                status?: "registered" | "in-consultation" | "agreed" | "in-delivery" | "closed" | "not-taken-forward" | "deferred";
                /** @description Only proposals this person currently leads */
                leadId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalPage"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProposalQueriesController_proposal: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
            };
            header?: never;
            path: {
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDetail"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BusinessCasesController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (business case stream version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitBusinessCaseRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED or a domain validation code; `errors` lists each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description NOT_LEAD_OF_PROPOSAL: a lead acts only on the proposals they currently lead.
             *
             *     FORBIDDEN for roles other than programme-office, lead.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PROPOSAL_NOT_FOUND on submission, BUSINESS_CASE_NOT_FOUND on scrutiny. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command; `code` names the rule. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale; nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BusinessCasesController_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (business case stream version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                proposalId: string;
                /** @description The business case version scrutinised */
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveBusinessCaseRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED or a domain validation code; `errors` lists each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PROPOSAL_NOT_FOUND on submission, BUSINESS_CASE_NOT_FOUND on scrutiny. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command; `code` names the rule. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale; nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BusinessCasesController_return: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (business case stream version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                proposalId: string;
                /** @description The business case version scrutinised */
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnBusinessCaseRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED or a domain validation code; `errors` lists each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PROPOSAL_NOT_FOUND on submission, BUSINESS_CASE_NOT_FOUND on scrutiny. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command; `code` names the rule. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale; nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BenefitsController_planForProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the benefit stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                proposalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanBenefitRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description NOT_LEAD_OF_PROPOSAL: a lead acts only on the proposals they currently lead.
             *
             *     FORBIDDEN for roles other than programme-office, lead.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BenefitsController_planForProgramme: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the benefit stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanBenefitRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BenefitsController_linkForProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the benefit stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                proposalId: string;
                benefitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkBenefitObjectivesRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BenefitsController_linkForProgramme: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the benefit stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
                benefitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkBenefitObjectivesRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BenefitsController_reforecastForProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the benefit stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                proposalId: string;
                benefitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReforecastBenefitRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description NOT_LEAD_OF_PROPOSAL: a lead acts only on the proposals they currently lead.
             *
             *     FORBIDDEN for roles other than programme-office, lead.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BenefitsController_reforecastForProgramme: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the benefit stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
                benefitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReforecastBenefitRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BenefitsController_realiseForProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the benefit stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                proposalId: string;
                benefitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RealiseBenefitRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description NOT_LEAD_OF_PROPOSAL: a lead acts only on the proposals they currently lead.
             *
             *     FORBIDDEN for roles other than programme-office, lead.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BenefitsController_realiseForProgramme: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the benefit stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
                benefitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RealiseBenefitRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BenefitsController_correctForProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the benefit stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                proposalId: string;
                benefitId: string;
                /** @description The reported period. A financial year is written with a hyphen in the path, '2006-07' for 2006/07 (a URL-encoded '2006%2F07' is accepted too); a quarter is written as is, '2006-Q3'. */
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectBenefitRealisationRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description NOT_LEAD_OF_PROPOSAL: a lead acts only on the proposals they currently lead.
             *
             *     FORBIDDEN for roles other than programme-office, lead.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BenefitsController_correctForProgramme: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the benefit stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
                benefitId: string;
                /** @description The reported period. A financial year is written with a hyphen in the path, '2006-07' for 2006/07 (a URL-encoded '2006%2F07' is accepted too); a quarter is written as is, '2006-Q3'. */
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectBenefitRealisationRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MilestonesController_plan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the version of the programme's whole delivery plan) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanMilestoneRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MilestonesController_reschedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the version of the programme's whole delivery plan) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleMilestoneRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MilestonesController_achieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the version of the programme's whole delivery plan) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AchieveMilestoneRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MilestonesController_changePredecessors: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the version of the programme's whole delivery plan) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeMilestonePredecessorsRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RisksController_raise: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the risk stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RaiseRiskRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RisksController_reassess: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the risk stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                riskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassessRiskRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RisksController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the risk stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                riskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseRiskRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DecisionsController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the version of the programme's decision log) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordDecisionRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuditChainController_head: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
                /** @description The head as at this moment (a bare date is the end of that day, UTC); default now */
                at?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainHead"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than oversight-committee, programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuditChainController_verify: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
                /** @description Verify the chain up to the event at this global position */
                upTo?: number;
                /** @description The chain hash recorded earlier at upTo (e.g. printed in a committee pack) */
                expectedHash?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerification"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than oversight-committee, programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CommitteePackController_pack: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
                /** @description The meeting: a date (the end of that day, UTC) or an ISO 8601 moment */
                meeting?: string;
                /** @description The previous meeting, same form: the pack lists what changed since then */
                previous?: string;
                format?: "json" | "pdf" | "csv" | "xlsx";
                /** @description Open risks scoring at least this are listed */
                riskThreshold?: number;
                /** @description Build from the log up to this audit-chain position (the head an earlier pack names); default: the head as at the meeting */
                head?: number;
                /** @description recorded: the programme as the ledger held it at the meeting. business: as the record (up to the chain head, default now) tells it on the meeting day, by the dates the events speak of — for history recorded after the fact, such as the demo; meeting and previous must then be days (YYYY-MM-DD) */
                basis?: "recorded" | "business";
                /** @description With format=csv: one table alone */
                table?: "matters-arising" | "summary" | "performance" | "funding" | "changes" | "changed-items" | "business-cases" | "benefits" | "risks" | "milestones-slipped" | "decisions";
            };
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pack in the format asked for: JSON (below), PDF, CSV (one table) or XLSX. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteePack"];
                    "application/pdf": string;
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than oversight-committee, programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description CHAIN_BROKEN: the history up to the head does not verify (`position`: where it first breaks); no pack is built. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PACK_QUEUE_FULL: too many packs are being built; Retry-After says when to try again. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MeetingsController_list: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
                /** @description planned: the forward plan. */
                status?: "planned" | "held";
                /** @description The day overdue is judged on (default: today). */
                on?: string;
            };
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        programmeId: string;
                        /**
                         * Format: date
                         * @description A calendar date, YYYY-MM-DD.
                         */
                        on: string;
                        items: {
                            meetingId: string;
                            programmeId: string;
                            /** @enum {string} */
                            forum: "Authority" | "Committee" | "ManagementBoard";
                            forumName: string;
                            title: string;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            date: string;
                            source: {
                                document: string;
                                paragraph: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "planned" | "held";
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            heldOn: string | null;
                            agenda: {
                                itemId: string;
                                /** @enum {string} */
                                kind: "proposal-report" | "business-case" | "benefits-report" | "committee-pack" | "other";
                                title: string;
                                paper: string | null;
                                proposalId: string | null;
                            }[];
                            actionsDue: {
                                actionId: string;
                                programmeId: string;
                                title: string;
                                owner: {
                                    personId: string | null;
                                    name: string;
                                };
                                /** @enum {string} */
                                origin: "condition" | "meeting" | "office";
                                condition: string | null;
                                proposalId: string | null;
                                decisionId: string | null;
                                meetingId: string | null;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD.
                                 */
                                dueOn: string;
                                dueMeetingId: string | null;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD.
                                 */
                                raisedOn: string;
                                source: {
                                    document: string;
                                    paragraph: string | null;
                                } | null;
                                /** @enum {string} */
                                status: "open" | "done" | "dropped";
                                /** @enum {string} */
                                registerStatus: "open" | "overdue" | "done" | "dropped";
                                overdue: boolean;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD.
                                 */
                                closedOn: string | null;
                                evidence: string | null;
                                dropReason: string | null;
                            }[];
                            actionsRaised: {
                                actionId: string;
                                programmeId: string;
                                title: string;
                                owner: {
                                    personId: string | null;
                                    name: string;
                                };
                                /** @enum {string} */
                                origin: "condition" | "meeting" | "office";
                                condition: string | null;
                                proposalId: string | null;
                                decisionId: string | null;
                                meetingId: string | null;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD.
                                 */
                                dueOn: string;
                                dueMeetingId: string | null;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD.
                                 */
                                raisedOn: string;
                                source: {
                                    document: string;
                                    paragraph: string | null;
                                } | null;
                                /** @enum {string} */
                                status: "open" | "done" | "dropped";
                                /** @enum {string} */
                                registerStatus: "open" | "overdue" | "done" | "dropped";
                                overdue: boolean;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD.
                                 */
                                closedOn: string | null;
                                evidence: string | null;
                                dropReason: string | null;
                            }[];
                            reportsDue: {
                                dutyId: string;
                                title: string;
                                forumName: string;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD.
                                 */
                                dueOn: string;
                                /** @enum {string} */
                                state: "due" | "overdue" | "received";
                                report: {
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD.
                                     */
                                    dueOn: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD.
                                     */
                                    receivedOn: string;
                                    paper: string;
                                    covers: string;
                                } | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MeetingsController_schedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the meeting stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleMeetingRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Where what was created is read: /meetings/{id}. */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MeetingsController_addItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the meeting stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddAgendaItemRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MeetingsController_held: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the meeting stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordMeetingHeldRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MeetingsController_get: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
                /** @description planned: the forward plan. */
                status?: "planned" | "held";
                /** @description The day overdue is judged on (default: today). */
                on?: string;
            };
            header?: never;
            path: {
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meetingId: string;
                        programmeId: string;
                        /** @enum {string} */
                        forum: "Authority" | "Committee" | "ManagementBoard";
                        forumName: string;
                        title: string;
                        /**
                         * Format: date
                         * @description A calendar date, YYYY-MM-DD.
                         */
                        date: string;
                        source: {
                            document: string;
                            paragraph: string | null;
                        } | null;
                        /** @enum {string} */
                        status: "planned" | "held";
                        /**
                         * Format: date
                         * @description A calendar date, YYYY-MM-DD.
                         */
                        heldOn: string | null;
                        agenda: {
                            itemId: string;
                            /** @enum {string} */
                            kind: "proposal-report" | "business-case" | "benefits-report" | "committee-pack" | "other";
                            title: string;
                            paper: string | null;
                            proposalId: string | null;
                        }[];
                        actionsDue: {
                            actionId: string;
                            programmeId: string;
                            title: string;
                            owner: {
                                personId: string | null;
                                name: string;
                            };
                            /** @enum {string} */
                            origin: "condition" | "meeting" | "office";
                            condition: string | null;
                            proposalId: string | null;
                            decisionId: string | null;
                            meetingId: string | null;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            dueOn: string;
                            dueMeetingId: string | null;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            raisedOn: string;
                            source: {
                                document: string;
                                paragraph: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "open" | "done" | "dropped";
                            /** @enum {string} */
                            registerStatus: "open" | "overdue" | "done" | "dropped";
                            overdue: boolean;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            closedOn: string | null;
                            evidence: string | null;
                            dropReason: string | null;
                        }[];
                        actionsRaised: {
                            actionId: string;
                            programmeId: string;
                            title: string;
                            owner: {
                                personId: string | null;
                                name: string;
                            };
                            /** @enum {string} */
                            origin: "condition" | "meeting" | "office";
                            condition: string | null;
                            proposalId: string | null;
                            decisionId: string | null;
                            meetingId: string | null;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            dueOn: string;
                            dueMeetingId: string | null;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            raisedOn: string;
                            source: {
                                document: string;
                                paragraph: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "open" | "done" | "dropped";
                            /** @enum {string} */
                            registerStatus: "open" | "overdue" | "done" | "dropped";
                            overdue: boolean;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            closedOn: string | null;
                            evidence: string | null;
                            dropReason: string | null;
                        }[];
                        reportsDue: {
                            dutyId: string;
                            title: string;
                            forumName: string;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            dueOn: string;
                            /** @enum {string} */
                            state: "due" | "overdue" | "received";
                            report: {
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD.
                                 */
                                dueOn: string;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD.
                                 */
                                receivedOn: string;
                                paper: string;
                                covers: string;
                            } | null;
                        }[];
                        /**
                         * Format: date
                         * @description A calendar date, YYYY-MM-DD.
                         */
                        on: string;
                        decisionsTaken: {
                            /** @enum {string} */
                            kind: "agreement" | "business-case-approval" | "business-case-return" | "decision";
                            proposalId: string | null;
                            decisionId: string | null;
                            /** @enum {string|null} */
                            forum: "Authority" | "Committee" | "ManagementBoard" | null;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            decisionDate: string;
                            subject: string | null;
                            outcome: string | null;
                            conditions: string[];
                            minuteReference: string | null;
                        }[];
                    };
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ActionsController_list: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
                /** @description The owner's person id. */
                owner?: string;
                status?: "open" | "overdue" | "done" | "dropped";
                /** @description The forum of the meeting it is due at. */
                forum?: "Authority" | "Committee" | "ManagementBoard";
                /** @description Due before this day. */
                dueBefore?: string;
                /** @description The day overdue is judged on (default: today). */
                on?: string;
            };
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        programmeId: string;
                        /**
                         * Format: date
                         * @description A calendar date, YYYY-MM-DD.
                         */
                        on: string;
                        counts: {
                            open: number;
                            overdue: number;
                            done: number;
                            dropped: number;
                        };
                        items: {
                            actionId: string;
                            programmeId: string;
                            title: string;
                            owner: {
                                personId: string | null;
                                name: string;
                            };
                            /** @enum {string} */
                            origin: "condition" | "meeting" | "office";
                            condition: string | null;
                            proposalId: string | null;
                            decisionId: string | null;
                            meetingId: string | null;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            dueOn: string;
                            dueMeetingId: string | null;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            raisedOn: string;
                            source: {
                                document: string;
                                paragraph: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "open" | "done" | "dropped";
                            /** @enum {string} */
                            registerStatus: "open" | "overdue" | "done" | "dropped";
                            overdue: boolean;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            closedOn: string | null;
                            evidence: string | null;
                            dropReason: string | null;
                        }[];
                    };
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ActionsController_raise: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the action stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RaiseActionRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ActionsController_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the action stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                actionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteActionRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description FORBIDDEN for other roles; NOT_ACTION_OWNER: a lead completes only the actions they own.
             *
             *     FORBIDDEN for roles other than programme-office, lead.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ActionsController_drop: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the action stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                actionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DropActionRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ActionsController_mine: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
                /** @description The day overdue is judged on (default: today). */
                on?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        personId: string | null;
                        /**
                         * Format: date
                         * @description A calendar date, YYYY-MM-DD.
                         */
                        on: string;
                        counts: {
                            open: number;
                            overdue: number;
                            done: number;
                            dropped: number;
                        };
                        items: {
                            actionId: string;
                            programmeId: string;
                            title: string;
                            owner: {
                                personId: string | null;
                                name: string;
                            };
                            /** @enum {string} */
                            origin: "condition" | "meeting" | "office";
                            condition: string | null;
                            proposalId: string | null;
                            decisionId: string | null;
                            meetingId: string | null;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            dueOn: string;
                            dueMeetingId: string | null;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            raisedOn: string;
                            source: {
                                document: string;
                                paragraph: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "open" | "done" | "dropped";
                            /** @enum {string} */
                            registerStatus: "open" | "overdue" | "done" | "dropped";
                            overdue: boolean;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            closedOn: string | null;
                            evidence: string | null;
                            dropReason: string | null;
                        }[];
                    };
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    IssuesController_list: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
                status?: "open" | "resolved";
                severity?: "low" | "medium" | "high" | "critical";
                /** @description Escalated to this forum. */
                forum?: "Authority" | "Committee" | "ManagementBoard";
            };
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        programmeId: string;
                        items: {
                            issueId: string;
                            programmeId: string;
                            proposalId: string | null;
                            title: string;
                            description: string;
                            /** @enum {string} */
                            severity: "low" | "medium" | "high" | "critical";
                            ownerName: string;
                            riskId: string | null;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            raisedOn: string;
                            /** @enum {string} */
                            status: "open" | "resolved";
                            escalations: {
                                /** @enum {string} */
                                forum: "Authority" | "Committee" | "ManagementBoard";
                                meetingId: string | null;
                                reason: string;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD.
                                 */
                                escalatedOn: string;
                            }[];
                            resolution: {
                                resolution: string;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD.
                                 */
                                resolvedOn: string;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    IssuesController_raise: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the issue stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RaiseIssueRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    IssuesController_escalate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the issue stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                issueId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalateIssueRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    IssuesController_resolve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the issue stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                issueId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveIssueRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReportingDutiesController_list: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
                /** @description The day overdue is judged on (default: today). */
                on?: string;
            };
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        programmeId: string;
                        /**
                         * Format: date
                         * @description A calendar date, YYYY-MM-DD.
                         */
                        on: string;
                        overdue: number;
                        items: {
                            dutyId: string;
                            programmeId: string;
                            /** @enum {string} */
                            subject: "programme" | "proposal" | "benefit" | "objective";
                            subjectId: string | null;
                            title: string;
                            /** @enum {string} */
                            forum: "Authority" | "Committee" | "ManagementBoard";
                            forumName: string;
                            /** @enum {string} */
                            recurrence: "one-off" | "recurring";
                            dueDates: string[];
                            source: {
                                document: string;
                                paragraph: string | null;
                            } | null;
                            reports: {
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD.
                                 */
                                dueOn: string;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD.
                                 */
                                receivedOn: string;
                                paper: string;
                                covers: string;
                            }[];
                            schedule: {
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD.
                                 */
                                dueOn: string;
                                /** @enum {string} */
                                state: "due" | "overdue" | "received";
                                report: {
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD.
                                     */
                                    dueOn: string;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD.
                                     */
                                    receivedOn: string;
                                    paper: string;
                                    covers: string;
                                } | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReportingDutiesController_set: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the duty stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetReportingDutyRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReportingDutiesController_receive: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the duty stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                dutyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordReportReceivedRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PlansController_list: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
                /** @description As the ledger held it at this moment (ISO 8601; a bare date means the end of that day, UTC), folded from the events. */
                at?: string;
                /** @description Business time: as the record (up to `at`, if given) tells it on this calendar day: every event whose own date (a plan adopted, a priority or objective defined, reworded or retired, an actual reported or corrected, a proposal amended …) is on or before it; an event without a date of its own (a target, a funding line) goes with the one before it about the same item. */
                on?: string;
            };
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            planId: string;
                            programmeId: string;
                            /** @enum {string} */
                            kind: "corporate-strategy" | "policing-plan";
                            title: string;
                            /** @description A financial year such as 2006/07. */
                            firstYear: string;
                            /** @description A financial year such as 2006/07. */
                            lastYear: string;
                            mission: string | null;
                            vision: string | null;
                            values: string[];
                            criticalSuccessFactors: string[];
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            adoptedOn: string;
                            priorities: {
                                priorityId: string;
                                /** @enum {string} */
                                tier: "londoners" | "excellence";
                                title: string;
                                /** @enum {string} */
                                status: "in-force" | "retired";
                                mergedInto: string | null;
                                titles: string[];
                            }[];
                            history: {
                                /** Format: date-time */
                                at: string;
                                /**
                                 * Format: date
                                 * @description A calendar date, YYYY-MM-DD.
                                 */
                                on: string;
                                /** @enum {string} */
                                change: "defined" | "priority-defined" | "priority-reworded" | "priority-retired";
                                priorityId: string | null;
                                title: string;
                                reason: string | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PlansController_define: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the plan stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefinePlanRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Where what was created is read: /plans/{id}. */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PlansController_definePriority: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the plan stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefinePriorityRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PlansController_reword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the plan stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                planId: string;
                priorityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RewordPriorityRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PlansController_retire: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the plan stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                planId: string;
                priorityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetirePriorityRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PlansController_plan: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
                /** @description As the ledger held it at this moment (ISO 8601; a bare date means the end of that day, UTC), folded from the events. */
                at?: string;
                /** @description Business time: as the record (up to `at`, if given) tells it on this calendar day: every event whose own date (a plan adopted, a priority or objective defined, reworded or retired, an actual reported or corrected, a proposal amended …) is on or before it; an event without a date of its own (a target, a funding line) goes with the one before it about the same item. */
                on?: string;
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        planId: string;
                        programmeId: string;
                        /** @enum {string} */
                        kind: "corporate-strategy" | "policing-plan";
                        title: string;
                        /** @description A financial year such as 2006/07. */
                        firstYear: string;
                        /** @description A financial year such as 2006/07. */
                        lastYear: string;
                        mission: string | null;
                        vision: string | null;
                        values: string[];
                        criticalSuccessFactors: string[];
                        /**
                         * Format: date
                         * @description A calendar date, YYYY-MM-DD.
                         */
                        adoptedOn: string;
                        priorities: {
                            priorityId: string;
                            /** @enum {string} */
                            tier: "londoners" | "excellence";
                            title: string;
                            /** @enum {string} */
                            status: "in-force" | "retired";
                            mergedInto: string | null;
                            titles: string[];
                        }[];
                        history: {
                            /** Format: date-time */
                            at: string;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            on: string;
                            /** @enum {string} */
                            change: "defined" | "priority-defined" | "priority-reworded" | "priority-retired";
                            priorityId: string | null;
                            title: string;
                            reason: string | null;
                        }[];
                    };
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PlansController_performance: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
                /** @description As the ledger held it at this moment (ISO 8601; a bare date means the end of that day, UTC), folded from the events. */
                at?: string;
                /** @description Business time: as the record (up to `at`, if given) tells it on this calendar day: every event whose own date (a plan adopted, a priority or objective defined, reworded or retired, an actual reported or corrected, a proposal amended …) is on or before it; an event without a date of its own (a target, a funding line) goes with the one before it about the same item. */
                on?: string;
                /** @description The financial year to rate; default the plan’s first. */
                period?: string;
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        planId: string;
                        title: string;
                        /** @description A financial year such as 2006/07. */
                        period: string;
                        /** Format: date-time */
                        asAt: string | null;
                        /**
                         * Format: date
                         * @description A calendar date, YYYY-MM-DD.
                         */
                        on: string | null;
                        offTrack: {
                            objectiveId: string;
                            objective: string;
                            indicatorId: string;
                            indicator: string;
                            unit: string;
                            target: number;
                            actual: number;
                            tolerance: number;
                            accountable: {
                                personId: string;
                                name: string;
                            };
                            servedBy: {
                                proposalId: string;
                                title: string;
                            }[];
                        }[];
                        priorities: {
                            priorityId: string;
                            tier: string;
                            title: string;
                            status: string;
                            objectives: {
                                objectiveId: string;
                                title: string;
                                accountable: {
                                    personId: string;
                                    name: string;
                                };
                                criticalFocus: boolean;
                                offTrack: boolean;
                                servedBy: {
                                    proposalId: string;
                                    title: string;
                                }[];
                                indicators: {
                                    indicatorId: string;
                                    title: string;
                                    unit: string;
                                    /** @enum {string} */
                                    direction: "higher-is-better" | "lower-is-better";
                                    tolerance: number;
                                    dataSource: string;
                                    target: number | null;
                                    actual: number | null;
                                    /** @enum {string} */
                                    status: "on-track" | "off-track" | "no-data";
                                    series: {
                                        /** @description A financial year such as 2006/07. */
                                        period: string;
                                        target: number | null;
                                        actual: number | null;
                                    }[];
                                }[];
                            }[];
                        }[];
                    };
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ObjectivesController_define: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the objective stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefineObjectiveRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Where what was created is read: /objectives/{id}. */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ObjectivesController_assign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the objective stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                objectiveId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignAccountabilityRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ObjectivesController_defineIndicator: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the objective stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                objectiveId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefineIndicatorRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ObjectivesController_setTarget: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the objective stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                objectiveId: string;
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetTargetRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ObjectivesController_report: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the objective stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                objectiveId: string;
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportActualRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description FORBIDDEN for other roles; NOT_ACCOUNTABLE: a lead reports only for the objectives they are accountable for.
             *
             *     FORBIDDEN for roles other than programme-office, lead.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ObjectivesController_correct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the objective stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                objectiveId: string;
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectActualRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description FORBIDDEN for other roles; NOT_ACCOUNTABLE: a lead corrects only the objectives they are accountable for.
             *
             *     FORBIDDEN for roles other than programme-office, lead.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ObjectivesController_objective: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
            };
            header?: never;
            path: {
                objectiveId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        objectiveId: string;
                        planId: string;
                        programmeId: string;
                        priorityId: string;
                        title: string;
                        accountable: {
                            personId: string;
                            name: string;
                        };
                        criticalFocus: boolean;
                        years: string[];
                        /**
                         * Format: date
                         * @description A calendar date, YYYY-MM-DD.
                         */
                        definedOn: string;
                        accountableHistory: {
                            personId: string;
                            name: string;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            from: string;
                            reason: string | null;
                        }[];
                        indicators: {
                            indicatorId: string;
                            title: string;
                            unit: string;
                            /** @enum {string} */
                            direction: "higher-is-better" | "lower-is-better";
                            baseline: {
                                value: number;
                                /** @description A financial year such as 2006/07. */
                                period: string;
                            } | null;
                            dataSource: string;
                            tolerance: number;
                            /**
                             * Format: date
                             * @description A calendar date, YYYY-MM-DD.
                             */
                            definedOn: string;
                            /** @description By financial year (2006/07 …). */
                            targets: {
                                [key: string]: number;
                            };
                            targetHistory: {
                                /** @description A financial year such as 2006/07. */
                                period: string;
                                value: number;
                                previousValue: number | null;
                                reason: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            /** @description By financial year (2006/07 …). */
                            actuals: {
                                [key: string]: {
                                    value: number;
                                    /**
                                     * Format: date
                                     * @description A calendar date, YYYY-MM-DD.
                                     */
                                    reportedOn: string;
                                    reportedBy: string | null;
                                    corrections: {
                                        previousValue: number;
                                        value: number;
                                        reason: string;
                                        /**
                                         * Format: date
                                         * @description A calendar date, YYYY-MM-DD.
                                         */
                                        correctedOn: string;
                                        /** Format: date-time */
                                        at: string;
                                    }[];
                                };
                            };
                        }[];
                    };
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the funding stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordFundingLineRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_revise: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key records the command once. */
                "Idempotency-Key"?: string;
                /** @description The ETag (the funding stream's version) you last saw; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                programmeId: string;
                lineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviseFundingLineRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A business rule refused the command: `code` names the rule. Nothing was recorded. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is over the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: send application/json. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FundingController_funding: {
        parameters: {
            query?: {
                /** @description Wait (up to 5 s) until the write at this global position is projected */
                waitForPosition?: number;
                /** @description As the ledger held it at this moment (ISO 8601; a bare date means the end of that day, UTC), folded from the events. */
                at?: string;
                /** @description Business time: as the record (up to `at`, if given) tells it on this calendar day: every event whose own date (a plan adopted, a priority or objective defined, reworded or retired, an actual reported or corrected, a proposal amended …) is on or before it; an event without a date of its own (a target, a funding line) goes with the one before it about the same item. */
                on?: string;
            };
            header?: never;
            path: {
                programmeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Projected-Through": components["headers"]["X-Projected-Through"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        programmeId: string;
                        /** Format: date-time */
                        asAt: string | null;
                        /**
                         * Format: date
                         * @description A calendar date, YYYY-MM-DD.
                         */
                        on: string | null;
                        lines: {
                            lineId: string;
                            /** @description A financial year such as 2006/07. */
                            year: string;
                            /** @enum {string} */
                            kind: "resource" | "requirement" | "savings";
                            /** @enum {string|null} */
                            source: "precept" | "grant" | "home-office-bid" | "reserves" | "external" | null;
                            label: string;
                            /** @description Money in pence. */
                            amountPence: number;
                            proposalId: string | null;
                            revisions: {
                                /** @description Money in pence. */
                                previousAmountPence: number;
                                /** @description Money in pence. */
                                amountPence: number;
                                reason: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                        }[];
                        years: {
                            /** @description A financial year such as 2006/07. */
                            year: string;
                            /** @description Money in pence. */
                            resourcesPence: number;
                            /** @description Money in pence. */
                            requirementPence: number;
                            /** @description Money in pence. */
                            savingsPence: number;
                            /** @description Resources less requirement, in pence: negative is a shortfall. */
                            gapPence: number;
                        }[];
                    };
                };
            };
            /** @description VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no valid access token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN for roles other than programme-office, lead, oversight-committee. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
