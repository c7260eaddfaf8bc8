// Generated from the server's OpenAPI document by `npm run api:types` (test/contract/apiTypes.test.ts).
// Do not edit: change the route schemas on the server and generate again.
export interface paths {
    "/api/v1/admin/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List queued and sent e-mails (platform administrators) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "pending" | "sent" | "failed";
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
                                attempts: number;
                                createdAt: string;
                                html: string | null;
                                id: number;
                                lastError: string | null;
                                nextAttemptAt: string;
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "sent" | "failed";
                                subject: string;
                                text: string;
                                to: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/outbox/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a failed e-mail again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            attempts: number;
                            createdAt: string;
                            html: string | null;
                            id: number;
                            lastError: string | null;
                            nextAttemptAt: string;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "sent" | "failed";
                            subject: string;
                            text: string;
                            to: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the audit log (IP administration and platform administrators) */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    /** @description Substring of the actor's label (a user's e-mail, a system process's name), case-insensitive. */
                    actor?: string;
                    actorUserId?: number;
                    /** @description Inclusive. A date is a calendar day in China Standard Time (UTC+8). */
                    from?: string;
                    objectId?: string;
                    objectType?: string;
                    organisationId?: number;
                    page?: number;
                    pageSize?: number;
                    /** @description Substring of the object id, case-insensitive. */
                    q?: string;
                    /** @description Inclusive. A date includes the whole day (UTC+8). */
                    to?: string;
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
                                action: string;
                                actor: {
                                    credentialId: number | null;
                                    /** @enum {string} */
                                    kind: "anonymous" | "user" | "system";
                                    label: string | null;
                                    organisationId: number | null;
                                    userId: number | null;
                                    /** @enum {string|null} */
                                    via: "session" | "token" | null;
                                };
                                after: unknown;
                                at: string;
                                before: unknown;
                                hash: string;
                                ip: string | null;
                                objectId: string | null;
                                objectType: string;
                                prevHash: string;
                                requestId: string | null;
                                seq: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the audit log as CSV (UTF-8 with BOM, opens in Excel), streamed */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    /** @description Substring of the actor's label (a user's e-mail, a system process's name), case-insensitive. */
                    actor?: string;
                    actorUserId?: number;
                    /** @description Inclusive. A date is a calendar day in China Standard Time (UTC+8). */
                    from?: string;
                    objectId?: string;
                    objectType?: string;
                    organisationId?: number;
                    /** @description Substring of the object id, case-insensitive. */
                    q?: string;
                    /** @description Inclusive. A date includes the whole day (UTC+8). */
                    to?: string;
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the hash chain of the whole audit log */
        get: {
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
                            checked: number;
                            firstBreak: {
                                expectedSeq?: number;
                                /** @enum {string} */
                                reason: "SEQUENCE_GAP" | "PREVIOUS_HASH_MISMATCH" | "HASH_MISMATCH";
                                seq: number;
                            } | null;
                            lastHash: string | null;
                            lastSeq: number;
                            ok: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/vocabulary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The actions and object types recorded so far (choices for the search form) */
        get: {
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
                            actions: string[];
                            objectTypes: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with e-mail and password; sets the zh_session and zh_csrf cookies
         * @description 5 failures within 15 minutes lock the account for 15 minutes (20 per client IP); a locked sign-in answers 429 with `lockedUntil` and a Retry-After header.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
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
                            /** @description Send it back in the x-csrf-token header (also in the zh_csrf cookie) */
                            csrfToken: string;
                            expiresAt: string;
                            mustChangePassword: boolean;
                            user: {
                                createdAt: string;
                                disabled: boolean;
                                displayName: string;
                                email: string;
                                hasPassword: boolean;
                                id: number;
                                isPlatformAdmin: boolean;
                                lastSignInAt: string | null;
                                mustChangePassword: boolean;
                                organisationId: number | null;
                                /** @enum {string|null} */
                                organisationKind: "university" | "institute" | "enterprise" | "service_organisation" | "government" | "bank" | "other" | null;
                                organisationName: string | null;
                                /** @enum {string} */
                                role: "admin" | "member";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends the session and clears its cookies */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, how they are authenticated, and what their token may do */
        get: {
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
                            csrfToken: string | null;
                            grantableScopes: ("catalogue:read" | "catalogue:write" | "open-licence:write" | "demands:read" | "demands:write" | "audit:read" | "admin")[];
                            scopes: ("catalogue:read" | "catalogue:write" | "open-licence:write" | "demands:read" | "demands:write" | "audit:read" | "admin")[];
                            user: {
                                createdAt: string;
                                disabled: boolean;
                                displayName: string;
                                email: string;
                                hasPassword: boolean;
                                id: number;
                                isPlatformAdmin: boolean;
                                lastSignInAt: string | null;
                                mustChangePassword: boolean;
                                organisationId: number | null;
                                /** @enum {string|null} */
                                organisationKind: "university" | "institute" | "enterprise" | "service_organisation" | "government" | "bank" | "other" | null;
                                organisationName: string | null;
                                /** @enum {string} */
                                role: "admin" | "member";
                            };
                            /** @enum {string} */
                            via: "session" | "token";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password (ends your other sessions) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        /** @description At least 10 characters; see the password policy. */
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request a password-reset e-mail (same answer whether the address is known or not) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
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
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the token from a reset or invitation e-mail (ends every session) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description At least 10 characters; see the password policy. */
                        newPassword: string;
                        token: string;
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
                            email: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in, or `me: null` for the public (the web app asks on every load)
         * @description Like `/auth/me`, but answers 200 for an anonymous caller too, so a page that merely wants to know whether someone is signed in does not provoke a 401.
         */
        get: {
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
                            me: {
                                csrfToken: string | null;
                                grantableScopes: ("catalogue:read" | "catalogue:write" | "open-licence:write" | "demands:read" | "demands:write" | "audit:read" | "admin")[];
                                scopes: ("catalogue:read" | "catalogue:write" | "open-licence:write" | "demands:read" | "demands:write" | "audit:read" | "admin")[];
                                user: {
                                    createdAt: string;
                                    disabled: boolean;
                                    displayName: string;
                                    email: string;
                                    hasPassword: boolean;
                                    id: number;
                                    isPlatformAdmin: boolean;
                                    lastSignInAt: string | null;
                                    mustChangePassword: boolean;
                                    organisationId: number | null;
                                    /** @enum {string|null} */
                                    organisationKind: "university" | "institute" | "enterprise" | "service_organisation" | "government" | "bank" | "other" | null;
                                    organisationName: string | null;
                                    /** @enum {string} */
                                    role: "admin" | "member";
                                };
                                /** @enum {string} */
                                via: "session" | "token";
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/vocabulary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 枚举值与名称 Enumerations with labels */
        get: {
            parameters: {
                query?: {
                    lang?: "zh" | "en";
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
                            legalStatuses: {
                                label: string;
                                value: string;
                            }[];
                            types: {
                                label: string;
                                value: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Imports per day (runs, accepted and rejected rows) for the dashboard
         * @description Service organisations, the IP administration and platform administrators (`dashboard.read`). Days are calendar days in China Standard Time; days without imports are zeros.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Length of the window */
                    days?: number;
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
                            days: {
                                accepted: number;
                                created: number;
                                /** @description Calendar day YYYY-MM-DD, China Standard Time (UTC+8) */
                                date: string;
                                rejected: number;
                                runs: number;
                                updated: number;
                            }[];
                            from: string;
                            to: string;
                            totals: {
                                accepted: number;
                                created: number;
                                rejected: number;
                                runs: number;
                                updated: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 技术需求列表 Demands I may read (public ones, my own, those I was approved for), newest first */
        get: {
            parameters: {
                query?: {
                    /** @description GB/T 4754-2017 prefix, e.g. C38 */
                    industryCode?: string;
                    mode?: ("transfer" | "exclusive_licence" | "sole_licence" | "ordinary_licence" | "open_licence" | "equity" | "joint_development")[];
                    page?: number;
                    pageSize?: number;
                    /** @description Words in the title, problem or enterprise name */
                    q?: string;
                    /** @description GB/T 2260 prefix */
                    regionCode?: string;
                    /** @description 'mine': my enterprise's demands; 'visible': every demand I may read */
                    scope?: "visible" | "mine";
                    state?: ("open" | "matched" | "negotiating" | "closed")[];
                    visibility?: "public" | "private";
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
                                /** @description Organisations approved to see a private demand (owner and administration only) */
                                approvedOrganisationIds: number[] | null;
                                availableMoves: ("open" | "matched" | "negotiating" | "closed")[];
                                /** @description Budget upper bound in fen (分) */
                                budgetMaxFen: number | null;
                                /** @description Budget lower bound in fen (分) */
                                budgetMinFen: number | null;
                                /** @description The caller may edit, move and approve (the owner enterprise) */
                                canEdit: boolean;
                                closedReason: {
                                    /** @enum {string} */
                                    code: "solved" | "licensed" | "transferred" | "withdrawn" | "other";
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    note: string | null;
                                } | null;
                                /** @description Shown to signed-in users only */
                                contact: {
                                    email: string | null;
                                    name: string;
                                    phone: string | null;
                                } | null;
                                createdAt: string;
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                creditCode: string;
                                currentSolution: string;
                                desiredField: string;
                                desiredIpc: {
                                    code: string;
                                    title: string | null;
                                }[];
                                enterpriseName: string;
                                /** @enum {string|null} */
                                enterpriseSize: "large" | "medium" | "small" | "micro" | null;
                                enterpriseSizeLabel: {
                                    en: string;
                                    zh: string;
                                } | null;
                                id: number;
                                /** @description GB/T 4754-2017 */
                                industry: {
                                    code: string;
                                    name: string | null;
                                } | null;
                                minTrl: number | null;
                                /** @description Owner enterprise on the platform */
                                organisationId: number | null;
                                organisationName: string | null;
                                preferredModes: {
                                    /** @enum {string} */
                                    code: "transfer" | "exclusive_licence" | "sole_licence" | "ordinary_licence" | "open_licence" | "equity" | "joint_development";
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                problem: string;
                                /** @description GB/T 2260 */
                                region: {
                                    code: string;
                                    name: string;
                                } | null;
                                sei: {
                                    code: string;
                                    name: string | null;
                                }[];
                                /** @description 'form' or 'import:<file name>' */
                                source: string;
                                sourceRow: number | null;
                                /** @enum {string} */
                                state: "open" | "matched" | "negotiating" | "closed";
                                stateLabel: {
                                    en: string;
                                    zh: string;
                                };
                                targetIndicators: string;
                                /** @enum {string|null} */
                                timeline: "within_3_months" | "within_6_months" | "within_1_year" | "over_1_year" | null;
                                timelineLabel: {
                                    en: string;
                                    zh: string;
                                } | null;
                                title: string;
                                updatedAt: string;
                                /** @enum {string} */
                                visibility: "public" | "private";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 发布技术需求 File a technology demand (enterprise users, for their own enterprise) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        budgetMaxFen?: number | null;
                        budgetMinFen?: number | null;
                        contactEmail?: string | null;
                        contactName: string;
                        contactPhone?: string | null;
                        creditCode: string;
                        /** @default  */
                        currentSolution?: string;
                        /** @default  */
                        desiredField?: string;
                        /** @default [] */
                        desiredIpc?: string[];
                        enterpriseName: string;
                        /** @enum {string|null} */
                        enterpriseSize?: "large" | "medium" | "small" | "micro" | null;
                        industryCode?: string | null;
                        minTrl?: number | null;
                        preferredModes: ("transfer" | "exclusive_licence" | "sole_licence" | "ordinary_licence" | "open_licence" | "equity" | "joint_development")[];
                        problem: string;
                        regionCode?: string | null;
                        /** @default [] */
                        seiCodes?: string[];
                        /** @default  */
                        targetIndicators?: string;
                        /** @enum {string|null} */
                        timeline?: "within_3_months" | "within_6_months" | "within_1_year" | "over_1_year" | null;
                        title: string;
                        /**
                         * @default public
                         * @enum {string}
                         */
                        visibility?: "public" | "private";
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
                            /** @description Organisations approved to see a private demand (owner and administration only) */
                            approvedOrganisationIds: number[] | null;
                            availableMoves: ("open" | "matched" | "negotiating" | "closed")[];
                            /** @description Budget upper bound in fen (分) */
                            budgetMaxFen: number | null;
                            /** @description Budget lower bound in fen (分) */
                            budgetMinFen: number | null;
                            /** @description The caller may edit, move and approve (the owner enterprise) */
                            canEdit: boolean;
                            closedReason: {
                                /** @enum {string} */
                                code: "solved" | "licensed" | "transferred" | "withdrawn" | "other";
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                note: string | null;
                            } | null;
                            /** @description Shown to signed-in users only */
                            contact: {
                                email: string | null;
                                name: string;
                                phone: string | null;
                            } | null;
                            createdAt: string;
                            /** @description 统一社会信用代码 (GB 32100-2015) */
                            creditCode: string;
                            currentSolution: string;
                            desiredField: string;
                            desiredIpc: {
                                code: string;
                                title: string | null;
                            }[];
                            enterpriseName: string;
                            /** @enum {string|null} */
                            enterpriseSize: "large" | "medium" | "small" | "micro" | null;
                            enterpriseSizeLabel: {
                                en: string;
                                zh: string;
                            } | null;
                            id: number;
                            /** @description GB/T 4754-2017 */
                            industry: {
                                code: string;
                                name: string | null;
                            } | null;
                            minTrl: number | null;
                            /** @description Owner enterprise on the platform */
                            organisationId: number | null;
                            organisationName: string | null;
                            preferredModes: {
                                /** @enum {string} */
                                code: "transfer" | "exclusive_licence" | "sole_licence" | "ordinary_licence" | "open_licence" | "equity" | "joint_development";
                                label: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            problem: string;
                            /** @description GB/T 2260 */
                            region: {
                                code: string;
                                name: string;
                            } | null;
                            sei: {
                                code: string;
                                name: string | null;
                            }[];
                            /** @description 'form' or 'import:<file name>' */
                            source: string;
                            sourceRow: number | null;
                            /** @enum {string} */
                            state: "open" | "matched" | "negotiating" | "closed";
                            stateLabel: {
                                en: string;
                                zh: string;
                            };
                            targetIndicators: string;
                            /** @enum {string|null} */
                            timeline: "within_3_months" | "within_6_months" | "within_1_year" | "over_1_year" | null;
                            timelineLabel: {
                                en: string;
                                zh: string;
                            } | null;
                            title: string;
                            updatedAt: string;
                            /** @enum {string} */
                            visibility: "public" | "private";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 需求详情 A demand with its history (private: owner, administration, approved organisations) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            /** @description Organisations approved to see a private demand (owner and administration only) */
                            approvedOrganisationIds: number[] | null;
                            availableMoves: ("open" | "matched" | "negotiating" | "closed")[];
                            /** @description Budget upper bound in fen (分) */
                            budgetMaxFen: number | null;
                            /** @description Budget lower bound in fen (分) */
                            budgetMinFen: number | null;
                            /** @description The caller may edit, move and approve (the owner enterprise) */
                            canEdit: boolean;
                            closedReason: {
                                /** @enum {string} */
                                code: "solved" | "licensed" | "transferred" | "withdrawn" | "other";
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                note: string | null;
                            } | null;
                            /** @description Shown to signed-in users only */
                            contact: {
                                email: string | null;
                                name: string;
                                phone: string | null;
                            } | null;
                            createdAt: string;
                            /** @description 统一社会信用代码 (GB 32100-2015) */
                            creditCode: string;
                            currentSolution: string;
                            desiredField: string;
                            desiredIpc: {
                                code: string;
                                title: string | null;
                            }[];
                            enterpriseName: string;
                            /** @enum {string|null} */
                            enterpriseSize: "large" | "medium" | "small" | "micro" | null;
                            enterpriseSizeLabel: {
                                en: string;
                                zh: string;
                            } | null;
                            id: number;
                            /** @description GB/T 4754-2017 */
                            industry: {
                                code: string;
                                name: string | null;
                            } | null;
                            minTrl: number | null;
                            /** @description Owner enterprise on the platform */
                            organisationId: number | null;
                            organisationName: string | null;
                            preferredModes: {
                                /** @enum {string} */
                                code: "transfer" | "exclusive_licence" | "sole_licence" | "ordinary_licence" | "open_licence" | "equity" | "joint_development";
                                label: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            problem: string;
                            /** @description GB/T 2260 */
                            region: {
                                code: string;
                                name: string;
                            } | null;
                            sei: {
                                code: string;
                                name: string | null;
                            }[];
                            /** @description 'form' or 'import:<file name>' */
                            source: string;
                            sourceRow: number | null;
                            /** @enum {string} */
                            state: "open" | "matched" | "negotiating" | "closed";
                            stateLabel: {
                                en: string;
                                zh: string;
                            };
                            targetIndicators: string;
                            /** @enum {string|null} */
                            timeline: "within_3_months" | "within_6_months" | "within_1_year" | "over_1_year" | null;
                            timelineLabel: {
                                en: string;
                                zh: string;
                            } | null;
                            title: string;
                            transitions: {
                                at: string;
                                /** @description Moved by the platform (a match marked relevant) */
                                byPlatform: boolean;
                                /** @enum {string} */
                                from: "open" | "matched" | "negotiating" | "closed";
                                /** @description Free text given with the move */
                                note: string | null;
                                /** @description As stored: a closing reason 'code: note', the platform's reason code, or the user's note */
                                reason: string | null;
                                /**
                                 * @description Closing reason, or why the platform moved the demand (relevant_match)
                                 * @enum {string|null}
                                 */
                                reasonCode: "solved" | "licensed" | "transferred" | "withdrawn" | "other" | "relevant_match" | null;
                                reasonLabel: {
                                    en: string;
                                    zh: string;
                                } | null;
                                /** @enum {string} */
                                to: "open" | "matched" | "negotiating" | "closed";
                            }[];
                            updatedAt: string;
                            /** @enum {string} */
                            visibility: "public" | "private";
                        };
                    };
                };
            };
        };
        /** 修改技术需求 Replace the questionnaire of an own demand (not once closed) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        budgetMaxFen?: number | null;
                        budgetMinFen?: number | null;
                        contactEmail?: string | null;
                        contactName: string;
                        contactPhone?: string | null;
                        creditCode: string;
                        /** @default  */
                        currentSolution?: string;
                        /** @default  */
                        desiredField?: string;
                        /** @default [] */
                        desiredIpc?: string[];
                        enterpriseName: string;
                        /** @enum {string|null} */
                        enterpriseSize?: "large" | "medium" | "small" | "micro" | null;
                        industryCode?: string | null;
                        minTrl?: number | null;
                        preferredModes: ("transfer" | "exclusive_licence" | "sole_licence" | "ordinary_licence" | "open_licence" | "equity" | "joint_development")[];
                        problem: string;
                        regionCode?: string | null;
                        /** @default [] */
                        seiCodes?: string[];
                        /** @default  */
                        targetIndicators?: string;
                        /** @enum {string|null} */
                        timeline?: "within_3_months" | "within_6_months" | "within_1_year" | "over_1_year" | null;
                        title: string;
                        /**
                         * @default public
                         * @enum {string}
                         */
                        visibility?: "public" | "private";
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
                            /** @description Organisations approved to see a private demand (owner and administration only) */
                            approvedOrganisationIds: number[] | null;
                            availableMoves: ("open" | "matched" | "negotiating" | "closed")[];
                            /** @description Budget upper bound in fen (分) */
                            budgetMaxFen: number | null;
                            /** @description Budget lower bound in fen (分) */
                            budgetMinFen: number | null;
                            /** @description The caller may edit, move and approve (the owner enterprise) */
                            canEdit: boolean;
                            closedReason: {
                                /** @enum {string} */
                                code: "solved" | "licensed" | "transferred" | "withdrawn" | "other";
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                note: string | null;
                            } | null;
                            /** @description Shown to signed-in users only */
                            contact: {
                                email: string | null;
                                name: string;
                                phone: string | null;
                            } | null;
                            createdAt: string;
                            /** @description 统一社会信用代码 (GB 32100-2015) */
                            creditCode: string;
                            currentSolution: string;
                            desiredField: string;
                            desiredIpc: {
                                code: string;
                                title: string | null;
                            }[];
                            enterpriseName: string;
                            /** @enum {string|null} */
                            enterpriseSize: "large" | "medium" | "small" | "micro" | null;
                            enterpriseSizeLabel: {
                                en: string;
                                zh: string;
                            } | null;
                            id: number;
                            /** @description GB/T 4754-2017 */
                            industry: {
                                code: string;
                                name: string | null;
                            } | null;
                            minTrl: number | null;
                            /** @description Owner enterprise on the platform */
                            organisationId: number | null;
                            organisationName: string | null;
                            preferredModes: {
                                /** @enum {string} */
                                code: "transfer" | "exclusive_licence" | "sole_licence" | "ordinary_licence" | "open_licence" | "equity" | "joint_development";
                                label: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            problem: string;
                            /** @description GB/T 2260 */
                            region: {
                                code: string;
                                name: string;
                            } | null;
                            sei: {
                                code: string;
                                name: string | null;
                            }[];
                            /** @description 'form' or 'import:<file name>' */
                            source: string;
                            sourceRow: number | null;
                            /** @enum {string} */
                            state: "open" | "matched" | "negotiating" | "closed";
                            stateLabel: {
                                en: string;
                                zh: string;
                            };
                            targetIndicators: string;
                            /** @enum {string|null} */
                            timeline: "within_3_months" | "within_6_months" | "within_1_year" | "over_1_year" | null;
                            timelineLabel: {
                                en: string;
                                zh: string;
                            } | null;
                            title: string;
                            updatedAt: string;
                            /** @enum {string} */
                            visibility: "public" | "private";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 授权名单 Organisations approved to see this (private) demand — owner and administration */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            approvedAt: string;
                            kind: string;
                            name: string;
                            organisationId: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 授权查看 Let an organisation (a matched party) see this private demand */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        organisationId: number;
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
                            approvedAt: string;
                            kind: string;
                            name: string;
                            organisationId: number;
                        }[];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/approvals/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 撤销授权 Withdraw an organisation’s approval */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    organisationId: number;
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
                            approvedAt: string;
                            kind: string;
                            name: string;
                            organisationId: number;
                        }[];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 需求匹配 Ranked patents for a demand, with score breakdown and reasons
         * @description Hybrid retrieval: BM25 over the catalogue and dense similarity (bge-small-zh-v1.5) fused by reciprocal rank, plus structured signals (IPC fit, legal status, open licence, region, SEI, industry, readiness). Every reason names what it refers to in the demand and in the patent. Patents the owner marked not relevant come last. Stored as the demand’s matches when the caller acts for an organisation.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Also lapsed, expired, invalidated … patents (free to use, not licensable) */
                    includeInactive?: "true" | "false";
                    limit?: number;
                };
                header?: never;
                path: {
                    id: number;
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
                            considered: number;
                            demandId: number;
                            /** @description Query embedding time (ms); 0 with a stored vector or in lexical mode */
                            embeddingMs: number;
                            feedback: {
                                contacted: boolean;
                                patentId: number;
                                /** @enum {string|null} */
                                relevance: "relevant" | "not_relevant" | null;
                            }[];
                            items: {
                                /** @description Weighted contribution of each signal; total is their sum. Weights: text 0.5, ipc 0.3, legal 0.05, licence 0.05, region 0.03, sei 0.03, industry 0.02, readiness 0.02 (+0.1 licence when an open licence fits the demand) */
                                breakdown: {
                                    contributions: {
                                        industry: number;
                                        ipc: number;
                                        legal: number;
                                        licence: number;
                                        readiness: number;
                                        region: number;
                                        sei: number;
                                        text: number;
                                    };
                                    total: number;
                                };
                                /** @description Judged not relevant for this demand before: listed after the others */
                                demoted: boolean;
                                /** @description The published open-licence declaration (pool) and its terms */
                                openLicence: {
                                    declarationId: number;
                                    fixedFeeFen: number | null;
                                    termEnd: string;
                                    terms: {
                                        en: string;
                                        zh: string;
                                    };
                                } | null;
                                patent: {
                                    applicationNumber: string | null;
                                    grantNumber: string | null;
                                    id: number;
                                    legalStatus: string;
                                    legalStatusLabel: {
                                        en: string;
                                        zh: string;
                                    };
                                    mainIpc: string | null;
                                    owners: string[];
                                    publicationNumber: string | null;
                                    region: {
                                        code: string;
                                        name: string;
                                    } | null;
                                    title: string;
                                    type: string;
                                };
                                rank: number;
                                reasons: {
                                    /** @description A caution rather than a point in favour */
                                    caution: boolean;
                                    contribution: number;
                                    /** @description What in the demand the reason refers to (its words, or labels of its fields) */
                                    demand: string[];
                                    /** @enum {string} */
                                    kind: "concepts" | "semantic" | "ipc" | "sei" | "industry" | "openLicence" | "legal" | "ownerRegion" | "readiness";
                                    /** @description What in the patent the reason refers to */
                                    patent: string[];
                                    text: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                score: number;
                                signals: {
                                    industry: {
                                        code: string | null;
                                        value: number;
                                    };
                                    ipc: {
                                        /** @enum {string} */
                                        how: "desired" | "predicted" | "none";
                                        subclass: string | null;
                                        /** @description Chinese title of the subclass (IPC 2026.01), null when unknown */
                                        title: string | null;
                                        value: number;
                                    };
                                    legal: {
                                        /** @enum {string} */
                                        status: "pending" | "in_force" | "lapsed" | "expired" | "invalidated" | "withdrawn" | "rejected" | "abandoned" | "unknown";
                                        value: number;
                                    };
                                    licence: {
                                        openLicence: boolean;
                                        preferred: boolean;
                                        value: number;
                                    };
                                    readiness: {
                                        trl: number | null;
                                        value: number;
                                    };
                                    region: {
                                        /** @enum {string} */
                                        level: "city" | "province" | "none";
                                        value: number;
                                    };
                                    sei: {
                                        code: string | null;
                                        /** @description Name of the strategic emerging industry category */
                                        name: string | null;
                                        value: number;
                                    };
                                };
                                text: {
                                    bm25Rank: number | null;
                                    bm25Score: number | null;
                                    denseRank: number | null;
                                    /** @description Cosine similarity of the embeddings */
                                    similarity: number | null;
                                    /** @description Fused text relevance 0–1 (reciprocal-rank fusion of BM25 and dense) */
                                    value: number;
                                };
                            }[];
                            /** @enum {string} */
                            mode: "hybrid" | "lexical";
                            modeMessage: {
                                en: string;
                                zh: string;
                            };
                            /** @description IPC subclasses predicted from the text, most likely first */
                            predicted: {
                                probability: number;
                                subclass: string;
                                title: string | null;
                            }[];
                            /** @description In-memory ranking time (ms), without database reads and query embedding */
                            rankingMs: number;
                            stored: boolean;
                            terms: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/matches/{patentId}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 匹配反馈 Relevant / not relevant / contacted, for the caller’s organisation
         * @description Anyone who may read the demand and acts for an organisation. The owner’s “not relevant” demotes the patent in later matches; the owner’s first “relevant” moves an open demand to matched. Omitted fields keep their value; relevance null clears the verdict.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    patentId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contacted?: boolean;
                        /** @enum {string|null} */
                        relevance?: "relevant" | "not_relevant" | null;
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
                            contacted: boolean;
                            contactedAt: string | null;
                            demandId: number;
                            demandMatched: boolean;
                            organisationId: number;
                            patentId: number;
                            rankSeen: number | null;
                            /** @enum {string|null} */
                            relevance: "relevant" | "not_relevant" | null;
                            scoreSeen: number | null;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 变更状态 Move a demand: open → matched → negotiating → closed (closing needs a reason)
         * @description Allowed moves: open → matched | negotiating | closed; matched → open | negotiating | closed; negotiating → matched | closed; closed is final. The platform itself moves an open demand to matched when its owner marks a match relevant.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                        /**
                         * @description Required when closing
                         * @enum {string|null}
                         */
                        reasonCode?: "solved" | "licensed" | "transferred" | "withdrawn" | "other" | null;
                        /** @enum {string} */
                        to: "open" | "matched" | "negotiating" | "closed";
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
                            /** @description Organisations approved to see a private demand (owner and administration only) */
                            approvedOrganisationIds: number[] | null;
                            availableMoves: ("open" | "matched" | "negotiating" | "closed")[];
                            /** @description Budget upper bound in fen (分) */
                            budgetMaxFen: number | null;
                            /** @description Budget lower bound in fen (分) */
                            budgetMinFen: number | null;
                            /** @description The caller may edit, move and approve (the owner enterprise) */
                            canEdit: boolean;
                            closedReason: {
                                /** @enum {string} */
                                code: "solved" | "licensed" | "transferred" | "withdrawn" | "other";
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                note: string | null;
                            } | null;
                            /** @description Shown to signed-in users only */
                            contact: {
                                email: string | null;
                                name: string;
                                phone: string | null;
                            } | null;
                            createdAt: string;
                            /** @description 统一社会信用代码 (GB 32100-2015) */
                            creditCode: string;
                            currentSolution: string;
                            desiredField: string;
                            desiredIpc: {
                                code: string;
                                title: string | null;
                            }[];
                            enterpriseName: string;
                            /** @enum {string|null} */
                            enterpriseSize: "large" | "medium" | "small" | "micro" | null;
                            enterpriseSizeLabel: {
                                en: string;
                                zh: string;
                            } | null;
                            id: number;
                            /** @description GB/T 4754-2017 */
                            industry: {
                                code: string;
                                name: string | null;
                            } | null;
                            minTrl: number | null;
                            /** @description Owner enterprise on the platform */
                            organisationId: number | null;
                            organisationName: string | null;
                            preferredModes: {
                                /** @enum {string} */
                                code: "transfer" | "exclusive_licence" | "sole_licence" | "ordinary_licence" | "open_licence" | "equity" | "joint_development";
                                label: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            problem: string;
                            /** @description GB/T 2260 */
                            region: {
                                code: string;
                                name: string;
                            } | null;
                            sei: {
                                code: string;
                                name: string | null;
                            }[];
                            /** @description 'form' or 'import:<file name>' */
                            source: string;
                            sourceRow: number | null;
                            /** @enum {string} */
                            state: "open" | "matched" | "negotiating" | "closed";
                            stateLabel: {
                                en: string;
                                zh: string;
                            };
                            targetIndicators: string;
                            /** @enum {string|null} */
                            timeline: "within_3_months" | "within_6_months" | "within_1_year" | "over_1_year" | null;
                            timelineLabel: {
                                en: string;
                                zh: string;
                            } | null;
                            title: string;
                            transitions: {
                                at: string;
                                /** @description Moved by the platform (a match marked relevant) */
                                byPlatform: boolean;
                                /** @enum {string} */
                                from: "open" | "matched" | "negotiating" | "closed";
                                /** @description Free text given with the move */
                                note: string | null;
                                /** @description As stored: a closing reason 'code: note', the platform's reason code, or the user's note */
                                reason: string | null;
                                /**
                                 * @description Closing reason, or why the platform moved the demand (relevant_match)
                                 * @enum {string|null}
                                 */
                                reasonCode: "solved" | "licensed" | "transferred" | "withdrawn" | "other" | "relevant_match" | null;
                                reasonLabel: {
                                    en: string;
                                    zh: string;
                                } | null;
                                /** @enum {string} */
                                to: "open" | "matched" | "negotiating" | "closed";
                            }[];
                            updatedAt: string;
                            /** @enum {string} */
                            visibility: "public" | "private";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量导入 Batch import from a CSV/XLSX sheet (multipart field "file", ≤ 1000 rows)
         * @description All or nothing: every row is checked with the form’s rules; rows are written only when none is refused. A row imported before (same enterprise, credit code and title) is updated when its content changed and left alone otherwise, so re-running a sheet changes nothing. `dryRun=true` checks without writing. An enterprise imports its own demands (demand.create); a service organisation or the IP administration imports the enterprise survey for enterprises without an account (demand.importForOthers): each row names the enterprise and its credit code, the demands have no owner organisation, private ones are seen by service organisations and the administration only, and a credit code registered on the platform is refused.
         */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
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
                            created: number;
                            dryRun: boolean;
                            fileName: string;
                            format: string;
                            /**
                             * @description 'own': the importing enterprise's demands; 'unclaimed': imported by a service organisation or the IP administration for enterprises without an account (no owner organisation)
                             * @enum {string}
                             */
                            importedFor: "own" | "unclaimed";
                            rejected: {
                                field: string | null;
                                reason: {
                                    en: string;
                                    zh: string;
                                };
                                row: number;
                            }[];
                            rows: {
                                /** @enum {string} */
                                action: "create" | "update" | "unchanged" | "reject";
                                demandId: number | null;
                                errors: {
                                    column: string | null;
                                    field: string;
                                    reason: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                row: number;
                                title: string;
                            }[];
                            total: number;
                            unchanged: number;
                            updated: number;
                            /** @description False when a row was refused (nothing is written) or on a dry run */
                            written: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/import-template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 批量导入模板 The CSV template for the batch import */
        get: {
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/vocabulary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 问卷选项 The questionnaire’s closed code lists with labels (for forms) */
        get: {
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
                            closedReasons: {
                                /** @enum {string} */
                                code: "solved" | "licensed" | "transferred" | "withdrawn" | "other";
                                label: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            modes: {
                                /** @enum {string} */
                                code: "transfer" | "exclusive_licence" | "sole_licence" | "ordinary_licence" | "open_licence" | "equity" | "joint_development";
                                label: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            sheetColumns: {
                                field: string;
                                headers: string[];
                                note: string;
                            }[];
                            sizes: {
                                /** @enum {string} */
                                code: "large" | "medium" | "small" | "micro";
                                label: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            states: {
                                /** @enum {string} */
                                code: "open" | "matched" | "negotiating" | "closed";
                                label: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            timelines: {
                                /** @enum {string} */
                                code: "within_3_months" | "within_6_months" | "within_1_year" | "over_1_year";
                                label: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入批次列表 Import runs */
        get: {
            parameters: {
                query?: {
                    lang?: "zh" | "en";
                    page?: number;
                    pageSize?: number;
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
                                accepted: number;
                                created: number;
                                encoding: string | null;
                                failure: string | null;
                                fileName: string;
                                finishedAt: string | null;
                                format: string;
                                id: number;
                                layout: string | null;
                                processedRows: number;
                                rejectedCount: number;
                                startedAt: string;
                                /** @enum {string} */
                                status: "running" | "completed" | "failed";
                                totalRows: number | null;
                                unchanged: number;
                                updated: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * 上传导入文件 Upload a patent file to import (CSV, XLSX or JSONL)
         * @description multipart/form-data with a `file` part and an optional `format` field (auto|csv|xlsx|jsonl). Answers 202 with the import run id at once; poll GET /imports/{id}.
         */
        post: {
            parameters: {
                query?: never;
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
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入进度与结果 Import run progress and totals */
        get: {
            parameters: {
                query?: {
                    lang?: "zh" | "en";
                };
                header?: never;
                path: {
                    id: number;
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
                            accepted: number;
                            created: number;
                            encoding: string | null;
                            failure: string | null;
                            fileName: string;
                            finishedAt: string | null;
                            format: string;
                            id: number;
                            layout: string | null;
                            processedRows: number;
                            rejectedCount: number;
                            startedAt: string;
                            /** @enum {string} */
                            status: "running" | "completed" | "failed";
                            totalRows: number | null;
                            unchanged: number;
                            updated: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/rejected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 被拒绝的行 Rejected rows (row, field, reason) */
        get: {
            parameters: {
                query?: {
                    lang?: "zh" | "en";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: number;
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
                                field: string;
                                reason: string;
                                row: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/report.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 行级错误报告（CSV）Row error report (CSV) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/report.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入报告（JSON，与命令行 --report 相同）Import report (JSON, as the CLI --report) */
        get: {
            parameters: {
                query?: {
                    lang?: "zh" | "en";
                };
                header?: never;
                path: {
                    id: number;
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载导入模板（CSV）Import template (CSV) */
        get: {
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载导入模板（XLSX）Import template (XLSX) */
        get: {
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matching/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 匹配评估 Precision of the feedback by score band and rank band (operators, administration) */
        get: {
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
                            byRank: {
                                band: string;
                                contacted: number;
                                from: number;
                                notRelevant: number;
                                precision: number | null;
                                relevant: number;
                                to: number | null;
                            }[];
                            byScore: {
                                band: string;
                                contacted: number;
                                from: number;
                                notRelevant: number;
                                precision: number | null;
                                relevant: number;
                                to: number | null;
                            }[];
                            contacted: number;
                            notRelevant: number;
                            precision: number | null;
                            relevant: number;
                            verdicts: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matching/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 即时匹配 Match free text as an SME types it (modes and budget are read out of the text) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        desiredIpc?: string[];
                        industryCode?: string | null;
                        /** @default 20 */
                        limit?: number;
                        /** @description Overrides the modes read from the text */
                        modes?: ("transfer" | "exclusive_licence" | "sole_licence" | "ordinary_licence" | "open_licence" | "equity" | "joint_development")[];
                        regionCode?: string | null;
                        seiCodes?: string[];
                        /** @description e.g. 我们想把锂电池正极材料的能量密度提高10%，预算50万，希望独占许可 */
                        text: string;
                        title?: string;
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
                            considered: number;
                            /** @description Query embedding time (ms); 0 with a stored vector or in lexical mode */
                            embeddingMs: number;
                            hints: {
                                budget: {
                                    maxFen: number;
                                    minFen: number | null;
                                    words: string;
                                } | null;
                                modes: {
                                    /** @enum {string} */
                                    code: "transfer" | "exclusive_licence" | "sole_licence" | "ordinary_licence" | "open_licence" | "equity" | "joint_development";
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    words: string;
                                }[];
                            };
                            items: {
                                /** @description Weighted contribution of each signal; total is their sum. Weights: text 0.5, ipc 0.3, legal 0.05, licence 0.05, region 0.03, sei 0.03, industry 0.02, readiness 0.02 (+0.1 licence when an open licence fits the demand) */
                                breakdown: {
                                    contributions: {
                                        industry: number;
                                        ipc: number;
                                        legal: number;
                                        licence: number;
                                        readiness: number;
                                        region: number;
                                        sei: number;
                                        text: number;
                                    };
                                    total: number;
                                };
                                /** @description Judged not relevant for this demand before: listed after the others */
                                demoted: boolean;
                                /** @description The published open-licence declaration (pool) and its terms */
                                openLicence: {
                                    declarationId: number;
                                    fixedFeeFen: number | null;
                                    termEnd: string;
                                    terms: {
                                        en: string;
                                        zh: string;
                                    };
                                } | null;
                                patent: {
                                    applicationNumber: string | null;
                                    grantNumber: string | null;
                                    id: number;
                                    legalStatus: string;
                                    legalStatusLabel: {
                                        en: string;
                                        zh: string;
                                    };
                                    mainIpc: string | null;
                                    owners: string[];
                                    publicationNumber: string | null;
                                    region: {
                                        code: string;
                                        name: string;
                                    } | null;
                                    title: string;
                                    type: string;
                                };
                                rank: number;
                                reasons: {
                                    /** @description A caution rather than a point in favour */
                                    caution: boolean;
                                    contribution: number;
                                    /** @description What in the demand the reason refers to (its words, or labels of its fields) */
                                    demand: string[];
                                    /** @enum {string} */
                                    kind: "concepts" | "semantic" | "ipc" | "sei" | "industry" | "openLicence" | "legal" | "ownerRegion" | "readiness";
                                    /** @description What in the patent the reason refers to */
                                    patent: string[];
                                    text: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                score: number;
                                signals: {
                                    industry: {
                                        code: string | null;
                                        value: number;
                                    };
                                    ipc: {
                                        /** @enum {string} */
                                        how: "desired" | "predicted" | "none";
                                        subclass: string | null;
                                        /** @description Chinese title of the subclass (IPC 2026.01), null when unknown */
                                        title: string | null;
                                        value: number;
                                    };
                                    legal: {
                                        /** @enum {string} */
                                        status: "pending" | "in_force" | "lapsed" | "expired" | "invalidated" | "withdrawn" | "rejected" | "abandoned" | "unknown";
                                        value: number;
                                    };
                                    licence: {
                                        openLicence: boolean;
                                        preferred: boolean;
                                        value: number;
                                    };
                                    readiness: {
                                        trl: number | null;
                                        value: number;
                                    };
                                    region: {
                                        /** @enum {string} */
                                        level: "city" | "province" | "none";
                                        value: number;
                                    };
                                    sei: {
                                        code: string | null;
                                        /** @description Name of the strategic emerging industry category */
                                        name: string | null;
                                        value: number;
                                    };
                                };
                                text: {
                                    bm25Rank: number | null;
                                    bm25Score: number | null;
                                    denseRank: number | null;
                                    /** @description Cosine similarity of the embeddings */
                                    similarity: number | null;
                                    /** @description Fused text relevance 0–1 (reciprocal-rank fusion of BM25 and dense) */
                                    value: number;
                                };
                            }[];
                            /** @enum {string} */
                            mode: "hybrid" | "lexical";
                            modeMessage: {
                                en: string;
                                zh: string;
                            };
                            /** @description IPC subclasses predicted from the text, most likely first */
                            predicted: {
                                probability: number;
                                subclass: string;
                                title: string | null;
                            }[];
                            /** @description In-memory ranking time (ms), without database reads and query embedding */
                            rankingMs: number;
                            terms: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matching/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 匹配状态 Hybrid (BM25 + embeddings) or lexical-only, and why; embedding progress */
        get: {
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
                            demands: number;
                            demandsEmbedded: number;
                            embedded: number;
                            message: {
                                en: string;
                                zh: string;
                            };
                            /** @enum {string} */
                            mode: "hybrid" | "lexical";
                            model: string;
                            openLicences: number;
                            patents: number;
                            pending: number;
                            /** @description Why matching is lexical-only (English, for operators); null in hybrid mode */
                            reason: string | null;
                            watermark: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 站内消息 My notifications, newest first, with the unread count */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    unread?: "true" | "false";
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
                                body: string;
                                createdAt: string;
                                id: number;
                                /** @description Path in the web app, e.g. /patents/123 */
                                link: string;
                                objectId: number;
                                /** @enum {string} */
                                objectType: "patent" | "demand";
                                payload: {
                                    [key: string]: unknown;
                                };
                                readAt: string | null;
                                subscriptionId: number | null;
                                title: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                            unread: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标为已读 Mark a notification read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            read: number[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 全部已读 Mark every notification read */
        post: {
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
                            read: number[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/benchmarks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The editable benchmark royalty table by GB/T 4754 section (ships empty) */
        get: {
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
                            /** @enum {string} */
                            base: "net_sales" | "profit";
                            highBp: number;
                            illustrative: boolean;
                            industrySection: string;
                            lowBp: number;
                            source: string;
                        }[];
                    };
                };
            };
        };
        /** Add or change a benchmark row (administrators and service organisations); its source is required */
        put: {
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
                        base: "net_sales" | "profit";
                        highBp: number;
                        illustrative: boolean;
                        industrySection: string;
                        lowBp: number;
                        source: string;
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
                            /** @enum {string} */
                            base: "net_sales" | "profit";
                            highBp: number;
                            illustrative: boolean;
                            industrySection: string;
                            lowBp: number;
                            source: string;
                        }[];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Live eligibility check for the declaration wizard (nothing is stored) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        contact?: string | null;
                        /** @default [] */
                        coOwnerConsents?: {
                            /** @description Calendar date YYYY-MM-DD */
                            consentedOn: string;
                            /** @description Reference or text of the written consent */
                            documentRef: string;
                            patenteeName: string;
                        }[];
                        /** @default null */
                        field?: string | null;
                        /** @default  */
                        otherMatters?: string;
                        /** @description Defaults to the patent's recorded patentees */
                        patentees?: string[];
                        patentId: number;
                        /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                        paymentTerms: {
                            /** @description Integer fen (分) */
                            amountFen: number;
                            /** @enum {string} */
                            mode: "one_time";
                        } | {
                            /** @enum {string} */
                            base: "net_sales" | "profit";
                            /** @enum {string} */
                            mode: "royalty";
                            /** @enum {string} */
                            period: "year" | "half_year" | "quarter";
                            /** @description Basis points: 1 bp = 0.01% */
                            rateBp: number;
                        } | {
                            /** @enum {string} */
                            base: "net_sales" | "profit";
                            /** @description Integer fen (分) */
                            entryFeeFen: number;
                            /** @enum {string} */
                            mode: "entry_fee_plus_royalty";
                            /** @enum {string} */
                            period: "year" | "half_year" | "quarter";
                            /** @description Basis points: 1 bp = 0.01% */
                            rateBp: number;
                        } | {
                            /** @enum {string} */
                            mode: "free";
                        } | {
                            afterTrial: {
                                /** @description Integer fen (分) */
                                amountFen: number;
                                /** @enum {string} */
                                mode: "one_time";
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @enum {string} */
                                mode: "royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @description Integer fen (分) */
                                entryFeeFen: number;
                                /** @enum {string} */
                                mode: "entry_fee_plus_royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            };
                            /** @enum {string} */
                            mode: "try_first";
                            trialMonths: number;
                        };
                        /** @description Licence term, both days inclusive (Regs Art. 85(1)(iv)) */
                        term: {
                            /** @description Calendar date YYYY-MM-DD */
                            endDate: string;
                            /** @description Calendar date YYYY-MM-DD */
                            startDate: string;
                        };
                        /**
                         * @description GB/T 2260 codes; empty = 中华人民共和国境内
                         * @default []
                         */
                        territory?: string[];
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
                            refusals: {
                                article: string;
                                code: string;
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            warnings: {
                                code: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                source: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a declaration (draft); with ?submit=true submit it at once */
        post: {
            parameters: {
                query?: {
                    submit?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        contact?: string | null;
                        /** @default [] */
                        coOwnerConsents?: {
                            /** @description Calendar date YYYY-MM-DD */
                            consentedOn: string;
                            /** @description Reference or text of the written consent */
                            documentRef: string;
                            patenteeName: string;
                        }[];
                        /** @default null */
                        field?: string | null;
                        /** @default  */
                        otherMatters?: string;
                        /** @description Defaults to the patent's recorded patentees */
                        patentees?: string[];
                        patentId: number;
                        /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                        paymentTerms: {
                            /** @description Integer fen (分) */
                            amountFen: number;
                            /** @enum {string} */
                            mode: "one_time";
                        } | {
                            /** @enum {string} */
                            base: "net_sales" | "profit";
                            /** @enum {string} */
                            mode: "royalty";
                            /** @enum {string} */
                            period: "year" | "half_year" | "quarter";
                            /** @description Basis points: 1 bp = 0.01% */
                            rateBp: number;
                        } | {
                            /** @enum {string} */
                            base: "net_sales" | "profit";
                            /** @description Integer fen (分) */
                            entryFeeFen: number;
                            /** @enum {string} */
                            mode: "entry_fee_plus_royalty";
                            /** @enum {string} */
                            period: "year" | "half_year" | "quarter";
                            /** @description Basis points: 1 bp = 0.01% */
                            rateBp: number;
                        } | {
                            /** @enum {string} */
                            mode: "free";
                        } | {
                            afterTrial: {
                                /** @description Integer fen (分) */
                                amountFen: number;
                                /** @enum {string} */
                                mode: "one_time";
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @enum {string} */
                                mode: "royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @description Integer fen (分) */
                                entryFeeFen: number;
                                /** @enum {string} */
                                mode: "entry_fee_plus_royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            };
                            /** @enum {string} */
                            mode: "try_first";
                            trialMonths: number;
                        };
                        /** @description Licence term, both days inclusive (Regs Art. 85(1)(iv)) */
                        term: {
                            /** @description Calendar date YYYY-MM-DD */
                            endDate: string;
                            /** @description Calendar date YYYY-MM-DD */
                            startDate: string;
                        };
                        /**
                         * @description GB/T 2260 codes; empty = 中华人民共和国境内
                         * @default []
                         */
                        territory?: string[];
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
                            check: {
                                refusals: {
                                    article: string;
                                    code: string;
                                    field?: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                warnings: {
                                    code: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    source: string;
                                }[];
                            };
                            declaration: {
                                /** @description Lifecycle actions the caller may take now */
                                availableActions: ("submit" | "return" | "verify" | "publish" | "suspend" | "reinstate" | "withdraw" | "end")[];
                                checklist: {
                                    [key: string]: "confirmed" | "not_applicable" | "failed";
                                } | null;
                                contact: string | null;
                                coOwnerConsents: {
                                    /** @description Calendar date YYYY-MM-DD */
                                    consentedOn: string;
                                    /** @description Reference or text of the written consent */
                                    documentRef: string;
                                    patenteeName: string;
                                }[];
                                createdAt: string;
                                declaredByOrganisationId: number | null;
                                field: string | null;
                                fixedFeeFen: number | null;
                                id: number;
                                lastCheck: {
                                    refusals: {
                                        article: string;
                                        code: string;
                                        field?: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                    }[];
                                    warnings: {
                                        code: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                        source: string;
                                    }[];
                                } | null;
                                lastCheckedOn: string | null;
                                otherMatters: string;
                                patent: {
                                    applicationNumber: string | null;
                                    expiryDate: string | null;
                                    feePaidUntil: string | null;
                                    filingDate: string | null;
                                    grantDate: string | null;
                                    grantNumber: string | null;
                                    id: number;
                                    industryCodes: string[];
                                    ipcCodes: string[];
                                    legalStatus: string;
                                    mainIpc: string | null;
                                    patentees: string[];
                                    /** @description 专利号 ZL… */
                                    patentNumber: string | null;
                                    /** @enum {string} */
                                    patentType: "invention" | "utility_model" | "design";
                                    publicationNumber: string | null;
                                    regionCode: string | null;
                                    seiCodes: string[];
                                    title: string;
                                };
                                patentees: string[];
                                paymentDescription: {
                                    en: string;
                                    zh: string;
                                };
                                /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                                paymentTerms: {
                                    /** @description Integer fen (分) */
                                    amountFen: number;
                                    /** @enum {string} */
                                    mode: "one_time";
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @enum {string} */
                                    mode: "royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @description Integer fen (分) */
                                    entryFeeFen: number;
                                    /** @enum {string} */
                                    mode: "entry_fee_plus_royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    mode: "free";
                                } | {
                                    afterTrial: {
                                        /** @description Integer fen (分) */
                                        amountFen: number;
                                        /** @enum {string} */
                                        mode: "one_time";
                                    } | {
                                        /** @enum {string} */
                                        base: "net_sales" | "profit";
                                        /** @enum {string} */
                                        mode: "royalty";
                                        /** @enum {string} */
                                        period: "year" | "half_year" | "quarter";
                                        /** @description Basis points: 1 bp = 0.01% */
                                        rateBp: number;
                                    } | {
                                        /** @enum {string} */
                                        base: "net_sales" | "profit";
                                        /** @description Integer fen (分) */
                                        entryFeeFen: number;
                                        /** @enum {string} */
                                        mode: "entry_fee_plus_royalty";
                                        /** @enum {string} */
                                        period: "year" | "half_year" | "quarter";
                                        /** @description Basis points: 1 bp = 0.01% */
                                        rateBp: number;
                                    };
                                    /** @enum {string} */
                                    mode: "try_first";
                                    trialMonths: number;
                                };
                                publishedOn: string | null;
                                royaltyRateBp: number | null;
                                /** @enum {string} */
                                state: "draft" | "submitted" | "verified" | "published" | "suspended" | "withdrawn" | "ended";
                                stateLabel: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string|null} */
                                suspendedBy: "system" | "user" | null;
                                term: {
                                    endDate: string;
                                    startDate: string;
                                };
                                territory: string[];
                                territoryDescription: {
                                    en: string;
                                    zh: string;
                                };
                                transitions: {
                                    action: string;
                                    actorLabel: string;
                                    actorRole: string;
                                    at: string;
                                    details: unknown;
                                    fromState: string | null;
                                    onDate: string;
                                    reason: string | null;
                                    toState: string;
                                }[];
                                updatedAt: string;
                                uptakeCount: number;
                                withdrawnOn: string | null;
                                writtenWithdrawal: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/declarations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A declaration: public once published; drafts and checks only for the parties */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            /** @description Lifecycle actions the caller may take now */
                            availableActions: ("submit" | "return" | "verify" | "publish" | "suspend" | "reinstate" | "withdraw" | "end")[];
                            checklist: {
                                [key: string]: "confirmed" | "not_applicable" | "failed";
                            } | null;
                            contact: string | null;
                            coOwnerConsents: {
                                /** @description Calendar date YYYY-MM-DD */
                                consentedOn: string;
                                /** @description Reference or text of the written consent */
                                documentRef: string;
                                patenteeName: string;
                            }[];
                            createdAt: string;
                            declaredByOrganisationId: number | null;
                            field: string | null;
                            fixedFeeFen: number | null;
                            id: number;
                            lastCheck: {
                                refusals: {
                                    article: string;
                                    code: string;
                                    field?: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                warnings: {
                                    code: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    source: string;
                                }[];
                            } | null;
                            lastCheckedOn: string | null;
                            otherMatters: string;
                            patent: {
                                applicationNumber: string | null;
                                expiryDate: string | null;
                                feePaidUntil: string | null;
                                filingDate: string | null;
                                grantDate: string | null;
                                grantNumber: string | null;
                                id: number;
                                industryCodes: string[];
                                ipcCodes: string[];
                                legalStatus: string;
                                mainIpc: string | null;
                                patentees: string[];
                                /** @description 专利号 ZL… */
                                patentNumber: string | null;
                                /** @enum {string} */
                                patentType: "invention" | "utility_model" | "design";
                                publicationNumber: string | null;
                                regionCode: string | null;
                                seiCodes: string[];
                                title: string;
                            };
                            patentees: string[];
                            paymentDescription: {
                                en: string;
                                zh: string;
                            };
                            /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                            paymentTerms: {
                                /** @description Integer fen (分) */
                                amountFen: number;
                                /** @enum {string} */
                                mode: "one_time";
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @enum {string} */
                                mode: "royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @description Integer fen (分) */
                                entryFeeFen: number;
                                /** @enum {string} */
                                mode: "entry_fee_plus_royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                mode: "free";
                            } | {
                                afterTrial: {
                                    /** @description Integer fen (分) */
                                    amountFen: number;
                                    /** @enum {string} */
                                    mode: "one_time";
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @enum {string} */
                                    mode: "royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @description Integer fen (分) */
                                    entryFeeFen: number;
                                    /** @enum {string} */
                                    mode: "entry_fee_plus_royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                };
                                /** @enum {string} */
                                mode: "try_first";
                                trialMonths: number;
                            };
                            publishedOn: string | null;
                            royaltyRateBp: number | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "verified" | "published" | "suspended" | "withdrawn" | "ended";
                            stateLabel: {
                                en: string;
                                zh: string;
                            };
                            /** @enum {string|null} */
                            suspendedBy: "system" | "user" | null;
                            term: {
                                endDate: string;
                                startDate: string;
                            };
                            territory: string[];
                            territoryDescription: {
                                en: string;
                                zh: string;
                            };
                            transitions: {
                                action: string;
                                actorLabel: string;
                                actorRole: string;
                                at: string;
                                details: unknown;
                                fromState: string | null;
                                onDate: string;
                                reason: string | null;
                                toState: string;
                            }[];
                            updatedAt: string;
                            uptakeCount: number;
                            withdrawnOn: string | null;
                            writtenWithdrawal: string | null;
                        };
                    };
                };
            };
        };
        /** Edit a draft declaration */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        contact?: string | null;
                        /** @default [] */
                        coOwnerConsents?: {
                            /** @description Calendar date YYYY-MM-DD */
                            consentedOn: string;
                            /** @description Reference or text of the written consent */
                            documentRef: string;
                            patenteeName: string;
                        }[];
                        /** @default null */
                        field?: string | null;
                        /** @default  */
                        otherMatters?: string;
                        /** @description Defaults to the patent's recorded patentees */
                        patentees?: string[];
                        patentId: number;
                        /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                        paymentTerms: {
                            /** @description Integer fen (分) */
                            amountFen: number;
                            /** @enum {string} */
                            mode: "one_time";
                        } | {
                            /** @enum {string} */
                            base: "net_sales" | "profit";
                            /** @enum {string} */
                            mode: "royalty";
                            /** @enum {string} */
                            period: "year" | "half_year" | "quarter";
                            /** @description Basis points: 1 bp = 0.01% */
                            rateBp: number;
                        } | {
                            /** @enum {string} */
                            base: "net_sales" | "profit";
                            /** @description Integer fen (分) */
                            entryFeeFen: number;
                            /** @enum {string} */
                            mode: "entry_fee_plus_royalty";
                            /** @enum {string} */
                            period: "year" | "half_year" | "quarter";
                            /** @description Basis points: 1 bp = 0.01% */
                            rateBp: number;
                        } | {
                            /** @enum {string} */
                            mode: "free";
                        } | {
                            afterTrial: {
                                /** @description Integer fen (分) */
                                amountFen: number;
                                /** @enum {string} */
                                mode: "one_time";
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @enum {string} */
                                mode: "royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @description Integer fen (分) */
                                entryFeeFen: number;
                                /** @enum {string} */
                                mode: "entry_fee_plus_royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            };
                            /** @enum {string} */
                            mode: "try_first";
                            trialMonths: number;
                        };
                        /** @description Licence term, both days inclusive (Regs Art. 85(1)(iv)) */
                        term: {
                            /** @description Calendar date YYYY-MM-DD */
                            endDate: string;
                            /** @description Calendar date YYYY-MM-DD */
                            startDate: string;
                        };
                        /**
                         * @description GB/T 2260 codes; empty = 中华人民共和国境内
                         * @default []
                         */
                        territory?: string[];
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
                            check: {
                                refusals: {
                                    article: string;
                                    code: string;
                                    field?: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                warnings: {
                                    code: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    source: string;
                                }[];
                            };
                            declaration: {
                                /** @description Lifecycle actions the caller may take now */
                                availableActions: ("submit" | "return" | "verify" | "publish" | "suspend" | "reinstate" | "withdraw" | "end")[];
                                checklist: {
                                    [key: string]: "confirmed" | "not_applicable" | "failed";
                                } | null;
                                contact: string | null;
                                coOwnerConsents: {
                                    /** @description Calendar date YYYY-MM-DD */
                                    consentedOn: string;
                                    /** @description Reference or text of the written consent */
                                    documentRef: string;
                                    patenteeName: string;
                                }[];
                                createdAt: string;
                                declaredByOrganisationId: number | null;
                                field: string | null;
                                fixedFeeFen: number | null;
                                id: number;
                                lastCheck: {
                                    refusals: {
                                        article: string;
                                        code: string;
                                        field?: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                    }[];
                                    warnings: {
                                        code: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                        source: string;
                                    }[];
                                } | null;
                                lastCheckedOn: string | null;
                                otherMatters: string;
                                patent: {
                                    applicationNumber: string | null;
                                    expiryDate: string | null;
                                    feePaidUntil: string | null;
                                    filingDate: string | null;
                                    grantDate: string | null;
                                    grantNumber: string | null;
                                    id: number;
                                    industryCodes: string[];
                                    ipcCodes: string[];
                                    legalStatus: string;
                                    mainIpc: string | null;
                                    patentees: string[];
                                    /** @description 专利号 ZL… */
                                    patentNumber: string | null;
                                    /** @enum {string} */
                                    patentType: "invention" | "utility_model" | "design";
                                    publicationNumber: string | null;
                                    regionCode: string | null;
                                    seiCodes: string[];
                                    title: string;
                                };
                                patentees: string[];
                                paymentDescription: {
                                    en: string;
                                    zh: string;
                                };
                                /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                                paymentTerms: {
                                    /** @description Integer fen (分) */
                                    amountFen: number;
                                    /** @enum {string} */
                                    mode: "one_time";
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @enum {string} */
                                    mode: "royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @description Integer fen (分) */
                                    entryFeeFen: number;
                                    /** @enum {string} */
                                    mode: "entry_fee_plus_royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    mode: "free";
                                } | {
                                    afterTrial: {
                                        /** @description Integer fen (分) */
                                        amountFen: number;
                                        /** @enum {string} */
                                        mode: "one_time";
                                    } | {
                                        /** @enum {string} */
                                        base: "net_sales" | "profit";
                                        /** @enum {string} */
                                        mode: "royalty";
                                        /** @enum {string} */
                                        period: "year" | "half_year" | "quarter";
                                        /** @description Basis points: 1 bp = 0.01% */
                                        rateBp: number;
                                    } | {
                                        /** @enum {string} */
                                        base: "net_sales" | "profit";
                                        /** @description Integer fen (分) */
                                        entryFeeFen: number;
                                        /** @enum {string} */
                                        mode: "entry_fee_plus_royalty";
                                        /** @enum {string} */
                                        period: "year" | "half_year" | "quarter";
                                        /** @description Basis points: 1 bp = 0.01% */
                                        rateBp: number;
                                    };
                                    /** @enum {string} */
                                    mode: "try_first";
                                    trialMonths: number;
                                };
                                publishedOn: string | null;
                                royaltyRateBp: number | null;
                                /** @enum {string} */
                                state: "draft" | "submitted" | "verified" | "published" | "suspended" | "withdrawn" | "ended";
                                stateLabel: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string|null} */
                                suspendedBy: "system" | "user" | null;
                                term: {
                                    endDate: string;
                                    startDate: string;
                                };
                                territory: string[];
                                territoryDescription: {
                                    en: string;
                                    zh: string;
                                };
                                transitions: {
                                    action: string;
                                    actorLabel: string;
                                    actorRole: string;
                                    at: string;
                                    details: unknown;
                                    fromState: string | null;
                                    onDate: string;
                                    reason: string | null;
                                    toState: string;
                                }[];
                                updatedAt: string;
                                uptakeCount: number;
                                withdrawnOn: string | null;
                                writtenWithdrawal: string | null;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/declarations/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a co-owner's written consent (Patent Law Art. 14) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Calendar date YYYY-MM-DD */
                        consentedOn: string;
                        /** @description Reference or text of the written consent */
                        documentRef: string;
                        patenteeName: string;
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
                            /** @description Lifecycle actions the caller may take now */
                            availableActions: ("submit" | "return" | "verify" | "publish" | "suspend" | "reinstate" | "withdraw" | "end")[];
                            checklist: {
                                [key: string]: "confirmed" | "not_applicable" | "failed";
                            } | null;
                            contact: string | null;
                            coOwnerConsents: {
                                /** @description Calendar date YYYY-MM-DD */
                                consentedOn: string;
                                /** @description Reference or text of the written consent */
                                documentRef: string;
                                patenteeName: string;
                            }[];
                            createdAt: string;
                            declaredByOrganisationId: number | null;
                            field: string | null;
                            fixedFeeFen: number | null;
                            id: number;
                            lastCheck: {
                                refusals: {
                                    article: string;
                                    code: string;
                                    field?: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                warnings: {
                                    code: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    source: string;
                                }[];
                            } | null;
                            lastCheckedOn: string | null;
                            otherMatters: string;
                            patent: {
                                applicationNumber: string | null;
                                expiryDate: string | null;
                                feePaidUntil: string | null;
                                filingDate: string | null;
                                grantDate: string | null;
                                grantNumber: string | null;
                                id: number;
                                industryCodes: string[];
                                ipcCodes: string[];
                                legalStatus: string;
                                mainIpc: string | null;
                                patentees: string[];
                                /** @description 专利号 ZL… */
                                patentNumber: string | null;
                                /** @enum {string} */
                                patentType: "invention" | "utility_model" | "design";
                                publicationNumber: string | null;
                                regionCode: string | null;
                                seiCodes: string[];
                                title: string;
                            };
                            patentees: string[];
                            paymentDescription: {
                                en: string;
                                zh: string;
                            };
                            /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                            paymentTerms: {
                                /** @description Integer fen (分) */
                                amountFen: number;
                                /** @enum {string} */
                                mode: "one_time";
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @enum {string} */
                                mode: "royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @description Integer fen (分) */
                                entryFeeFen: number;
                                /** @enum {string} */
                                mode: "entry_fee_plus_royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                mode: "free";
                            } | {
                                afterTrial: {
                                    /** @description Integer fen (分) */
                                    amountFen: number;
                                    /** @enum {string} */
                                    mode: "one_time";
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @enum {string} */
                                    mode: "royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @description Integer fen (分) */
                                    entryFeeFen: number;
                                    /** @enum {string} */
                                    mode: "entry_fee_plus_royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                };
                                /** @enum {string} */
                                mode: "try_first";
                                trialMonths: number;
                            };
                            publishedOn: string | null;
                            royaltyRateBp: number | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "verified" | "published" | "suspended" | "withdrawn" | "ended";
                            stateLabel: {
                                en: string;
                                zh: string;
                            };
                            /** @enum {string|null} */
                            suspendedBy: "system" | "user" | null;
                            term: {
                                endDate: string;
                                startDate: string;
                            };
                            territory: string[];
                            territoryDescription: {
                                en: string;
                                zh: string;
                            };
                            transitions: {
                                action: string;
                                actorLabel: string;
                                actorRole: string;
                                at: string;
                                details: unknown;
                                fromState: string | null;
                                onDate: string;
                                reason: string | null;
                                toState: string;
                            }[];
                            updatedAt: string;
                            uptakeCount: number;
                            withdrawnOn: string | null;
                            writtenWithdrawal: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/declarations/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle: publish (发布) — from verified to published
         * @description Who may do what:
         *
         *     | action | from | to | roles |
         *     |---|---|---|---|
         *     | submit | draft | submitted | patentee |
         *     | return | submitted, verified | draft | verifier |
         *     | verify | submitted | verified | verifier |
         *     | publish | verified | published | verifier |
         *     | suspend | published | suspended | system, verifier, administration |
         *     | reinstate | suspended | published | system, verifier, administration |
         *     | withdraw | draft, submitted, verified, published, suspended | withdrawn | patentee |
         *     | end | published, suspended | ended | system |
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
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
                            /** @description Lifecycle actions the caller may take now */
                            availableActions: ("submit" | "return" | "verify" | "publish" | "suspend" | "reinstate" | "withdraw" | "end")[];
                            checklist: {
                                [key: string]: "confirmed" | "not_applicable" | "failed";
                            } | null;
                            contact: string | null;
                            coOwnerConsents: {
                                /** @description Calendar date YYYY-MM-DD */
                                consentedOn: string;
                                /** @description Reference or text of the written consent */
                                documentRef: string;
                                patenteeName: string;
                            }[];
                            createdAt: string;
                            declaredByOrganisationId: number | null;
                            field: string | null;
                            fixedFeeFen: number | null;
                            id: number;
                            lastCheck: {
                                refusals: {
                                    article: string;
                                    code: string;
                                    field?: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                warnings: {
                                    code: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    source: string;
                                }[];
                            } | null;
                            lastCheckedOn: string | null;
                            otherMatters: string;
                            patent: {
                                applicationNumber: string | null;
                                expiryDate: string | null;
                                feePaidUntil: string | null;
                                filingDate: string | null;
                                grantDate: string | null;
                                grantNumber: string | null;
                                id: number;
                                industryCodes: string[];
                                ipcCodes: string[];
                                legalStatus: string;
                                mainIpc: string | null;
                                patentees: string[];
                                /** @description 专利号 ZL… */
                                patentNumber: string | null;
                                /** @enum {string} */
                                patentType: "invention" | "utility_model" | "design";
                                publicationNumber: string | null;
                                regionCode: string | null;
                                seiCodes: string[];
                                title: string;
                            };
                            patentees: string[];
                            paymentDescription: {
                                en: string;
                                zh: string;
                            };
                            /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                            paymentTerms: {
                                /** @description Integer fen (分) */
                                amountFen: number;
                                /** @enum {string} */
                                mode: "one_time";
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @enum {string} */
                                mode: "royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @description Integer fen (分) */
                                entryFeeFen: number;
                                /** @enum {string} */
                                mode: "entry_fee_plus_royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                mode: "free";
                            } | {
                                afterTrial: {
                                    /** @description Integer fen (分) */
                                    amountFen: number;
                                    /** @enum {string} */
                                    mode: "one_time";
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @enum {string} */
                                    mode: "royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @description Integer fen (分) */
                                    entryFeeFen: number;
                                    /** @enum {string} */
                                    mode: "entry_fee_plus_royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                };
                                /** @enum {string} */
                                mode: "try_first";
                                trialMonths: number;
                            };
                            publishedOn: string | null;
                            royaltyRateBp: number | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "verified" | "published" | "suspended" | "withdrawn" | "ended";
                            stateLabel: {
                                en: string;
                                zh: string;
                            };
                            /** @enum {string|null} */
                            suspendedBy: "system" | "user" | null;
                            term: {
                                endDate: string;
                                startDate: string;
                            };
                            territory: string[];
                            territoryDescription: {
                                en: string;
                                zh: string;
                            };
                            transitions: {
                                action: string;
                                actorLabel: string;
                                actorRole: string;
                                at: string;
                                details: unknown;
                                fromState: string | null;
                                onDate: string;
                                reason: string | null;
                                toState: string;
                            }[];
                            updatedAt: string;
                            uptakeCount: number;
                            withdrawnOn: string | null;
                            writtenWithdrawal: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/declarations/{id}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle: reinstate (恢复) — from suspended to published
         * @description Who may do what:
         *
         *     | action | from | to | roles |
         *     |---|---|---|---|
         *     | submit | draft | submitted | patentee |
         *     | return | submitted, verified | draft | verifier |
         *     | verify | submitted | verified | verifier |
         *     | publish | verified | published | verifier |
         *     | suspend | published | suspended | system, verifier, administration |
         *     | reinstate | suspended | published | system, verifier, administration |
         *     | withdraw | draft, submitted, verified, published, suspended | withdrawn | patentee |
         *     | end | published, suspended | ended | system |
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
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
                            /** @description Lifecycle actions the caller may take now */
                            availableActions: ("submit" | "return" | "verify" | "publish" | "suspend" | "reinstate" | "withdraw" | "end")[];
                            checklist: {
                                [key: string]: "confirmed" | "not_applicable" | "failed";
                            } | null;
                            contact: string | null;
                            coOwnerConsents: {
                                /** @description Calendar date YYYY-MM-DD */
                                consentedOn: string;
                                /** @description Reference or text of the written consent */
                                documentRef: string;
                                patenteeName: string;
                            }[];
                            createdAt: string;
                            declaredByOrganisationId: number | null;
                            field: string | null;
                            fixedFeeFen: number | null;
                            id: number;
                            lastCheck: {
                                refusals: {
                                    article: string;
                                    code: string;
                                    field?: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                warnings: {
                                    code: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    source: string;
                                }[];
                            } | null;
                            lastCheckedOn: string | null;
                            otherMatters: string;
                            patent: {
                                applicationNumber: string | null;
                                expiryDate: string | null;
                                feePaidUntil: string | null;
                                filingDate: string | null;
                                grantDate: string | null;
                                grantNumber: string | null;
                                id: number;
                                industryCodes: string[];
                                ipcCodes: string[];
                                legalStatus: string;
                                mainIpc: string | null;
                                patentees: string[];
                                /** @description 专利号 ZL… */
                                patentNumber: string | null;
                                /** @enum {string} */
                                patentType: "invention" | "utility_model" | "design";
                                publicationNumber: string | null;
                                regionCode: string | null;
                                seiCodes: string[];
                                title: string;
                            };
                            patentees: string[];
                            paymentDescription: {
                                en: string;
                                zh: string;
                            };
                            /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                            paymentTerms: {
                                /** @description Integer fen (分) */
                                amountFen: number;
                                /** @enum {string} */
                                mode: "one_time";
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @enum {string} */
                                mode: "royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @description Integer fen (分) */
                                entryFeeFen: number;
                                /** @enum {string} */
                                mode: "entry_fee_plus_royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                mode: "free";
                            } | {
                                afterTrial: {
                                    /** @description Integer fen (分) */
                                    amountFen: number;
                                    /** @enum {string} */
                                    mode: "one_time";
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @enum {string} */
                                    mode: "royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @description Integer fen (分) */
                                    entryFeeFen: number;
                                    /** @enum {string} */
                                    mode: "entry_fee_plus_royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                };
                                /** @enum {string} */
                                mode: "try_first";
                                trialMonths: number;
                            };
                            publishedOn: string | null;
                            royaltyRateBp: number | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "verified" | "published" | "suspended" | "withdrawn" | "ended";
                            stateLabel: {
                                en: string;
                                zh: string;
                            };
                            /** @enum {string|null} */
                            suspendedBy: "system" | "user" | null;
                            term: {
                                endDate: string;
                                startDate: string;
                            };
                            territory: string[];
                            territoryDescription: {
                                en: string;
                                zh: string;
                            };
                            transitions: {
                                action: string;
                                actorLabel: string;
                                actorRole: string;
                                at: string;
                                details: unknown;
                                fromState: string | null;
                                onDate: string;
                                reason: string | null;
                                toState: string;
                            }[];
                            updatedAt: string;
                            uptakeCount: number;
                            withdrawnOn: string | null;
                            writtenWithdrawal: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/declarations/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle: return for changes (退回修改) — from submitted/verified to draft
         * @description Who may do what:
         *
         *     | action | from | to | roles |
         *     |---|---|---|---|
         *     | submit | draft | submitted | patentee |
         *     | return | submitted, verified | draft | verifier |
         *     | verify | submitted | verified | verifier |
         *     | publish | verified | published | verifier |
         *     | suspend | published | suspended | system, verifier, administration |
         *     | reinstate | suspended | published | system, verifier, administration |
         *     | withdraw | draft, submitted, verified, published, suspended | withdrawn | patentee |
         *     | end | published, suspended | ended | system |
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
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
                            /** @description Lifecycle actions the caller may take now */
                            availableActions: ("submit" | "return" | "verify" | "publish" | "suspend" | "reinstate" | "withdraw" | "end")[];
                            checklist: {
                                [key: string]: "confirmed" | "not_applicable" | "failed";
                            } | null;
                            contact: string | null;
                            coOwnerConsents: {
                                /** @description Calendar date YYYY-MM-DD */
                                consentedOn: string;
                                /** @description Reference or text of the written consent */
                                documentRef: string;
                                patenteeName: string;
                            }[];
                            createdAt: string;
                            declaredByOrganisationId: number | null;
                            field: string | null;
                            fixedFeeFen: number | null;
                            id: number;
                            lastCheck: {
                                refusals: {
                                    article: string;
                                    code: string;
                                    field?: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                warnings: {
                                    code: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    source: string;
                                }[];
                            } | null;
                            lastCheckedOn: string | null;
                            otherMatters: string;
                            patent: {
                                applicationNumber: string | null;
                                expiryDate: string | null;
                                feePaidUntil: string | null;
                                filingDate: string | null;
                                grantDate: string | null;
                                grantNumber: string | null;
                                id: number;
                                industryCodes: string[];
                                ipcCodes: string[];
                                legalStatus: string;
                                mainIpc: string | null;
                                patentees: string[];
                                /** @description 专利号 ZL… */
                                patentNumber: string | null;
                                /** @enum {string} */
                                patentType: "invention" | "utility_model" | "design";
                                publicationNumber: string | null;
                                regionCode: string | null;
                                seiCodes: string[];
                                title: string;
                            };
                            patentees: string[];
                            paymentDescription: {
                                en: string;
                                zh: string;
                            };
                            /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                            paymentTerms: {
                                /** @description Integer fen (分) */
                                amountFen: number;
                                /** @enum {string} */
                                mode: "one_time";
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @enum {string} */
                                mode: "royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @description Integer fen (分) */
                                entryFeeFen: number;
                                /** @enum {string} */
                                mode: "entry_fee_plus_royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                mode: "free";
                            } | {
                                afterTrial: {
                                    /** @description Integer fen (分) */
                                    amountFen: number;
                                    /** @enum {string} */
                                    mode: "one_time";
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @enum {string} */
                                    mode: "royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @description Integer fen (分) */
                                    entryFeeFen: number;
                                    /** @enum {string} */
                                    mode: "entry_fee_plus_royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                };
                                /** @enum {string} */
                                mode: "try_first";
                                trialMonths: number;
                            };
                            publishedOn: string | null;
                            royaltyRateBp: number | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "verified" | "published" | "suspended" | "withdrawn" | "ended";
                            stateLabel: {
                                en: string;
                                zh: string;
                            };
                            /** @enum {string|null} */
                            suspendedBy: "system" | "user" | null;
                            term: {
                                endDate: string;
                                startDate: string;
                            };
                            territory: string[];
                            territoryDescription: {
                                en: string;
                                zh: string;
                            };
                            transitions: {
                                action: string;
                                actorLabel: string;
                                actorRole: string;
                                at: string;
                                details: unknown;
                                fromState: string | null;
                                onDate: string;
                                reason: string | null;
                                toState: string;
                            }[];
                            updatedAt: string;
                            uptakeCount: number;
                            withdrawnOn: string | null;
                            writtenWithdrawal: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/declarations/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle: submit (提交) — from draft to submitted
         * @description Who may do what:
         *
         *     | action | from | to | roles |
         *     |---|---|---|---|
         *     | submit | draft | submitted | patentee |
         *     | return | submitted, verified | draft | verifier |
         *     | verify | submitted | verified | verifier |
         *     | publish | verified | published | verifier |
         *     | suspend | published | suspended | system, verifier, administration |
         *     | reinstate | suspended | published | system, verifier, administration |
         *     | withdraw | draft, submitted, verified, published, suspended | withdrawn | patentee |
         *     | end | published, suspended | ended | system |
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
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
                            /** @description Lifecycle actions the caller may take now */
                            availableActions: ("submit" | "return" | "verify" | "publish" | "suspend" | "reinstate" | "withdraw" | "end")[];
                            checklist: {
                                [key: string]: "confirmed" | "not_applicable" | "failed";
                            } | null;
                            contact: string | null;
                            coOwnerConsents: {
                                /** @description Calendar date YYYY-MM-DD */
                                consentedOn: string;
                                /** @description Reference or text of the written consent */
                                documentRef: string;
                                patenteeName: string;
                            }[];
                            createdAt: string;
                            declaredByOrganisationId: number | null;
                            field: string | null;
                            fixedFeeFen: number | null;
                            id: number;
                            lastCheck: {
                                refusals: {
                                    article: string;
                                    code: string;
                                    field?: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                warnings: {
                                    code: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    source: string;
                                }[];
                            } | null;
                            lastCheckedOn: string | null;
                            otherMatters: string;
                            patent: {
                                applicationNumber: string | null;
                                expiryDate: string | null;
                                feePaidUntil: string | null;
                                filingDate: string | null;
                                grantDate: string | null;
                                grantNumber: string | null;
                                id: number;
                                industryCodes: string[];
                                ipcCodes: string[];
                                legalStatus: string;
                                mainIpc: string | null;
                                patentees: string[];
                                /** @description 专利号 ZL… */
                                patentNumber: string | null;
                                /** @enum {string} */
                                patentType: "invention" | "utility_model" | "design";
                                publicationNumber: string | null;
                                regionCode: string | null;
                                seiCodes: string[];
                                title: string;
                            };
                            patentees: string[];
                            paymentDescription: {
                                en: string;
                                zh: string;
                            };
                            /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                            paymentTerms: {
                                /** @description Integer fen (分) */
                                amountFen: number;
                                /** @enum {string} */
                                mode: "one_time";
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @enum {string} */
                                mode: "royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @description Integer fen (分) */
                                entryFeeFen: number;
                                /** @enum {string} */
                                mode: "entry_fee_plus_royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                mode: "free";
                            } | {
                                afterTrial: {
                                    /** @description Integer fen (分) */
                                    amountFen: number;
                                    /** @enum {string} */
                                    mode: "one_time";
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @enum {string} */
                                    mode: "royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @description Integer fen (分) */
                                    entryFeeFen: number;
                                    /** @enum {string} */
                                    mode: "entry_fee_plus_royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                };
                                /** @enum {string} */
                                mode: "try_first";
                                trialMonths: number;
                            };
                            publishedOn: string | null;
                            royaltyRateBp: number | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "verified" | "published" | "suspended" | "withdrawn" | "ended";
                            stateLabel: {
                                en: string;
                                zh: string;
                            };
                            /** @enum {string|null} */
                            suspendedBy: "system" | "user" | null;
                            term: {
                                endDate: string;
                                startDate: string;
                            };
                            territory: string[];
                            territoryDescription: {
                                en: string;
                                zh: string;
                            };
                            transitions: {
                                action: string;
                                actorLabel: string;
                                actorRole: string;
                                at: string;
                                details: unknown;
                                fromState: string | null;
                                onDate: string;
                                reason: string | null;
                                toState: string;
                            }[];
                            updatedAt: string;
                            uptakeCount: number;
                            withdrawnOn: string | null;
                            writtenWithdrawal: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/declarations/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle: suspend (中止) — from published to suspended
         * @description Who may do what:
         *
         *     | action | from | to | roles |
         *     |---|---|---|---|
         *     | submit | draft | submitted | patentee |
         *     | return | submitted, verified | draft | verifier |
         *     | verify | submitted | verified | verifier |
         *     | publish | verified | published | verifier |
         *     | suspend | published | suspended | system, verifier, administration |
         *     | reinstate | suspended | published | system, verifier, administration |
         *     | withdraw | draft, submitted, verified, published, suspended | withdrawn | patentee |
         *     | end | published, suspended | ended | system |
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
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
                            /** @description Lifecycle actions the caller may take now */
                            availableActions: ("submit" | "return" | "verify" | "publish" | "suspend" | "reinstate" | "withdraw" | "end")[];
                            checklist: {
                                [key: string]: "confirmed" | "not_applicable" | "failed";
                            } | null;
                            contact: string | null;
                            coOwnerConsents: {
                                /** @description Calendar date YYYY-MM-DD */
                                consentedOn: string;
                                /** @description Reference or text of the written consent */
                                documentRef: string;
                                patenteeName: string;
                            }[];
                            createdAt: string;
                            declaredByOrganisationId: number | null;
                            field: string | null;
                            fixedFeeFen: number | null;
                            id: number;
                            lastCheck: {
                                refusals: {
                                    article: string;
                                    code: string;
                                    field?: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                warnings: {
                                    code: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    source: string;
                                }[];
                            } | null;
                            lastCheckedOn: string | null;
                            otherMatters: string;
                            patent: {
                                applicationNumber: string | null;
                                expiryDate: string | null;
                                feePaidUntil: string | null;
                                filingDate: string | null;
                                grantDate: string | null;
                                grantNumber: string | null;
                                id: number;
                                industryCodes: string[];
                                ipcCodes: string[];
                                legalStatus: string;
                                mainIpc: string | null;
                                patentees: string[];
                                /** @description 专利号 ZL… */
                                patentNumber: string | null;
                                /** @enum {string} */
                                patentType: "invention" | "utility_model" | "design";
                                publicationNumber: string | null;
                                regionCode: string | null;
                                seiCodes: string[];
                                title: string;
                            };
                            patentees: string[];
                            paymentDescription: {
                                en: string;
                                zh: string;
                            };
                            /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                            paymentTerms: {
                                /** @description Integer fen (分) */
                                amountFen: number;
                                /** @enum {string} */
                                mode: "one_time";
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @enum {string} */
                                mode: "royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @description Integer fen (分) */
                                entryFeeFen: number;
                                /** @enum {string} */
                                mode: "entry_fee_plus_royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                mode: "free";
                            } | {
                                afterTrial: {
                                    /** @description Integer fen (分) */
                                    amountFen: number;
                                    /** @enum {string} */
                                    mode: "one_time";
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @enum {string} */
                                    mode: "royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @description Integer fen (分) */
                                    entryFeeFen: number;
                                    /** @enum {string} */
                                    mode: "entry_fee_plus_royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                };
                                /** @enum {string} */
                                mode: "try_first";
                                trialMonths: number;
                            };
                            publishedOn: string | null;
                            royaltyRateBp: number | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "verified" | "published" | "suspended" | "withdrawn" | "ended";
                            stateLabel: {
                                en: string;
                                zh: string;
                            };
                            /** @enum {string|null} */
                            suspendedBy: "system" | "user" | null;
                            term: {
                                endDate: string;
                                startDate: string;
                            };
                            territory: string[];
                            territoryDescription: {
                                en: string;
                                zh: string;
                            };
                            transitions: {
                                action: string;
                                actorLabel: string;
                                actorRole: string;
                                at: string;
                                details: unknown;
                                fromState: string | null;
                                onDate: string;
                                reason: string | null;
                                toState: string;
                            }[];
                            updatedAt: string;
                            uptakeCount: number;
                            withdrawnOn: string | null;
                            writtenWithdrawal: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/declarations/{id}/uptakes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the open licence: the written notice to the patentee (Patent Law Art. 51(1)) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Calendar date YYYY-MM-DD */
                        noticeDate?: string;
                        /** @description Text or reference of the written notice */
                        writtenNotice: string;
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
                            declarationId: number;
                            dueBy: string | null;
                            effectiveDate: string | null;
                            id: number;
                            licence: {
                                daysToFilingDeadline: number;
                                declarationId: number | null;
                                effectiveDate: string;
                                endDate: string | null;
                                feeDescription: string;
                                field: string | null;
                                filedOn: string | null;
                                filingDeadline: string;
                                filingNumber: string | null;
                                /** @enum {string} */
                                filingStatus: "not_filed" | "filed" | "refused";
                                id: number;
                                /** @enum {string} */
                                kind: "exclusive" | "sole" | "ordinary" | "open";
                                kindLabel: {
                                    en: string;
                                    zh: string;
                                };
                                licenseeName: string;
                                licenseeOrganisationId: number | null;
                                licensorName: string;
                                licensorOrganisationId: number | null;
                                patentId: number;
                                patentNumber: string | null;
                                patentTitle: string;
                                /** @enum {string} */
                                source: "open_licence_uptake" | "recorded";
                                startDate: string;
                                territory: string[];
                            } | null;
                            licenseeName: string;
                            licenseeOrganisationId: number | null;
                            noticeDate: string;
                            outstandingFen: number;
                            patentId: number;
                            patentTitle: string;
                            paymentDescription: {
                                en: string;
                                zh: string;
                            };
                            payments: {
                                amountFen: number;
                                id: number;
                                /** @enum {string} */
                                kind: "upfront" | "royalty";
                                paidOn: string;
                                periodLabel: string | null;
                                reference: string | null;
                                reportedBaseFen: number | null;
                            }[];
                            /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                            paymentTerms: {
                                /** @description Integer fen (分) */
                                amountFen: number;
                                /** @enum {string} */
                                mode: "one_time";
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @enum {string} */
                                mode: "royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @description Integer fen (分) */
                                entryFeeFen: number;
                                /** @enum {string} */
                                mode: "entry_fee_plus_royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                mode: "free";
                            } | {
                                afterTrial: {
                                    /** @description Integer fen (分) */
                                    amountFen: number;
                                    /** @enum {string} */
                                    mode: "one_time";
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @enum {string} */
                                    mode: "royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @description Integer fen (分) */
                                    entryFeeFen: number;
                                    /** @enum {string} */
                                    mode: "entry_fee_plus_royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                };
                                /** @enum {string} */
                                mode: "try_first";
                                trialMonths: number;
                            };
                            /** @enum {string} */
                            status: "awaiting_payment" | "trial" | "in_force" | "payment_overdue";
                            trialEnds: string | null;
                            upfrontFen: number;
                            writtenNotice: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/declarations/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle: verify (核查通过) — from submitted to verified
         * @description Who may do what:
         *
         *     | action | from | to | roles |
         *     |---|---|---|---|
         *     | submit | draft | submitted | patentee |
         *     | return | submitted, verified | draft | verifier |
         *     | verify | submitted | verified | verifier |
         *     | publish | verified | published | verifier |
         *     | suspend | published | suspended | system, verifier, administration |
         *     | reinstate | suspended | published | system, verifier, administration |
         *     | withdraw | draft, submitted, verified, published, suspended | withdrawn | patentee |
         *     | end | published, suspended | ended | system |
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        checklist: {
                            /** @enum {string} */
                            evaluationReport?: "confirmed" | "not_applicable" | "failed";
                            /** @enum {string} */
                            feePaid?: "confirmed" | "not_applicable" | "failed";
                            /** @enum {string} */
                            noExclusiveLicence?: "confirmed" | "not_applicable" | "failed";
                            /** @enum {string} */
                            pledgeStatus?: "confirmed" | "not_applicable" | "failed";
                            /** @enum {string} */
                            validity?: "confirmed" | "not_applicable" | "failed";
                        };
                        reason?: string;
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
                            /** @description Lifecycle actions the caller may take now */
                            availableActions: ("submit" | "return" | "verify" | "publish" | "suspend" | "reinstate" | "withdraw" | "end")[];
                            checklist: {
                                [key: string]: "confirmed" | "not_applicable" | "failed";
                            } | null;
                            contact: string | null;
                            coOwnerConsents: {
                                /** @description Calendar date YYYY-MM-DD */
                                consentedOn: string;
                                /** @description Reference or text of the written consent */
                                documentRef: string;
                                patenteeName: string;
                            }[];
                            createdAt: string;
                            declaredByOrganisationId: number | null;
                            field: string | null;
                            fixedFeeFen: number | null;
                            id: number;
                            lastCheck: {
                                refusals: {
                                    article: string;
                                    code: string;
                                    field?: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                warnings: {
                                    code: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    source: string;
                                }[];
                            } | null;
                            lastCheckedOn: string | null;
                            otherMatters: string;
                            patent: {
                                applicationNumber: string | null;
                                expiryDate: string | null;
                                feePaidUntil: string | null;
                                filingDate: string | null;
                                grantDate: string | null;
                                grantNumber: string | null;
                                id: number;
                                industryCodes: string[];
                                ipcCodes: string[];
                                legalStatus: string;
                                mainIpc: string | null;
                                patentees: string[];
                                /** @description 专利号 ZL… */
                                patentNumber: string | null;
                                /** @enum {string} */
                                patentType: "invention" | "utility_model" | "design";
                                publicationNumber: string | null;
                                regionCode: string | null;
                                seiCodes: string[];
                                title: string;
                            };
                            patentees: string[];
                            paymentDescription: {
                                en: string;
                                zh: string;
                            };
                            /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                            paymentTerms: {
                                /** @description Integer fen (分) */
                                amountFen: number;
                                /** @enum {string} */
                                mode: "one_time";
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @enum {string} */
                                mode: "royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @description Integer fen (分) */
                                entryFeeFen: number;
                                /** @enum {string} */
                                mode: "entry_fee_plus_royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                mode: "free";
                            } | {
                                afterTrial: {
                                    /** @description Integer fen (分) */
                                    amountFen: number;
                                    /** @enum {string} */
                                    mode: "one_time";
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @enum {string} */
                                    mode: "royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @description Integer fen (分) */
                                    entryFeeFen: number;
                                    /** @enum {string} */
                                    mode: "entry_fee_plus_royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                };
                                /** @enum {string} */
                                mode: "try_first";
                                trialMonths: number;
                            };
                            publishedOn: string | null;
                            royaltyRateBp: number | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "verified" | "published" | "suspended" | "withdrawn" | "ended";
                            stateLabel: {
                                en: string;
                                zh: string;
                            };
                            /** @enum {string|null} */
                            suspendedBy: "system" | "user" | null;
                            term: {
                                endDate: string;
                                startDate: string;
                            };
                            territory: string[];
                            territoryDescription: {
                                en: string;
                                zh: string;
                            };
                            transitions: {
                                action: string;
                                actorLabel: string;
                                actorRole: string;
                                at: string;
                                details: unknown;
                                fromState: string | null;
                                onDate: string;
                                reason: string | null;
                                toState: string;
                            }[];
                            updatedAt: string;
                            uptakeCount: number;
                            withdrawnOn: string | null;
                            writtenWithdrawal: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/declarations/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle: withdraw (撤回) — from draft/submitted/verified/published/suspended to withdrawn
         * @description Who may do what:
         *
         *     | action | from | to | roles |
         *     |---|---|---|---|
         *     | submit | draft | submitted | patentee |
         *     | return | submitted, verified | draft | verifier |
         *     | verify | submitted | verified | verifier |
         *     | publish | verified | published | verifier |
         *     | suspend | published | suspended | system, verifier, administration |
         *     | reinstate | suspended | published | system, verifier, administration |
         *     | withdraw | draft, submitted, verified, published, suspended | withdrawn | patentee |
         *     | end | published, suspended | ended | system |
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                        /** @description Law Art. 50(2): the written withdrawal — its text or the reference of the signed document */
                        writtenWithdrawal: string;
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
                            /** @description Lifecycle actions the caller may take now */
                            availableActions: ("submit" | "return" | "verify" | "publish" | "suspend" | "reinstate" | "withdraw" | "end")[];
                            checklist: {
                                [key: string]: "confirmed" | "not_applicable" | "failed";
                            } | null;
                            contact: string | null;
                            coOwnerConsents: {
                                /** @description Calendar date YYYY-MM-DD */
                                consentedOn: string;
                                /** @description Reference or text of the written consent */
                                documentRef: string;
                                patenteeName: string;
                            }[];
                            createdAt: string;
                            declaredByOrganisationId: number | null;
                            field: string | null;
                            fixedFeeFen: number | null;
                            id: number;
                            lastCheck: {
                                refusals: {
                                    article: string;
                                    code: string;
                                    field?: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                warnings: {
                                    code: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    source: string;
                                }[];
                            } | null;
                            lastCheckedOn: string | null;
                            otherMatters: string;
                            patent: {
                                applicationNumber: string | null;
                                expiryDate: string | null;
                                feePaidUntil: string | null;
                                filingDate: string | null;
                                grantDate: string | null;
                                grantNumber: string | null;
                                id: number;
                                industryCodes: string[];
                                ipcCodes: string[];
                                legalStatus: string;
                                mainIpc: string | null;
                                patentees: string[];
                                /** @description 专利号 ZL… */
                                patentNumber: string | null;
                                /** @enum {string} */
                                patentType: "invention" | "utility_model" | "design";
                                publicationNumber: string | null;
                                regionCode: string | null;
                                seiCodes: string[];
                                title: string;
                            };
                            patentees: string[];
                            paymentDescription: {
                                en: string;
                                zh: string;
                            };
                            /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                            paymentTerms: {
                                /** @description Integer fen (分) */
                                amountFen: number;
                                /** @enum {string} */
                                mode: "one_time";
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @enum {string} */
                                mode: "royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @description Integer fen (分) */
                                entryFeeFen: number;
                                /** @enum {string} */
                                mode: "entry_fee_plus_royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                mode: "free";
                            } | {
                                afterTrial: {
                                    /** @description Integer fen (分) */
                                    amountFen: number;
                                    /** @enum {string} */
                                    mode: "one_time";
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @enum {string} */
                                    mode: "royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @description Integer fen (分) */
                                    entryFeeFen: number;
                                    /** @enum {string} */
                                    mode: "entry_fee_plus_royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                };
                                /** @enum {string} */
                                mode: "try_first";
                                trialMonths: number;
                            };
                            publishedOn: string | null;
                            royaltyRateBp: number | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "verified" | "published" | "suspended" | "withdrawn" | "ended";
                            stateLabel: {
                                en: string;
                                zh: string;
                            };
                            /** @enum {string|null} */
                            suspendedBy: "system" | "user" | null;
                            term: {
                                endDate: string;
                                startDate: string;
                            };
                            territory: string[];
                            territoryDescription: {
                                en: string;
                                zh: string;
                            };
                            transitions: {
                                action: string;
                                actorLabel: string;
                                actorRole: string;
                                at: string;
                                details: unknown;
                                fromState: string | null;
                                onDate: string;
                                reason: string | null;
                                toState: string;
                            }[];
                            updatedAt: string;
                            uptakeCount: number;
                            withdrawnOn: string | null;
                            writtenWithdrawal: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/declarations/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Batch declaration from an uploaded CSV/XLSX (multipart field "file", ≤ 1000 rows): per-row results */
        post: {
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
                            batchId: string;
                            fileName: string;
                            invalid: number;
                            refused: number;
                            rows: {
                                declarationId: number | null;
                                errors: {
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                patentNumber: string;
                                refusals: {
                                    article: string;
                                    code: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                row: number;
                                /** @enum {string} */
                                status: "submitted" | "refused" | "invalid";
                                warnings: {
                                    code: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    source: string;
                                }[];
                            }[];
                            submitted: number;
                            total: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/declarations/batch-template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The CSV template for batch declarations */
        get: {
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/fee-estimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fee estimation helper: income, market and cost approaches with their reasoning (not the official guideline formula) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cost?: {
                            developmentCostFen: number;
                            expectedLicensees: number;
                            maintenanceCostFen: number;
                            markupBp: number;
                        };
                        /** @default 800 */
                        discountRateBp?: number;
                        income?: {
                            annualBaseFen: number[];
                            /** @enum {string} */
                            base: "net_sales" | "profit";
                            rateHighBp: number;
                            rateLowBp: number;
                        };
                        market?: {
                            annualBaseFen: number[];
                            /** @enum {string} */
                            base: "net_sales" | "profit";
                            industrySection: string;
                        };
                        patentId?: number;
                        remainingYears?: number;
                        statutoryYears?: number;
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
                            approaches: {
                                /** @enum {string} */
                                approach: "income" | "market" | "cost";
                                available: boolean;
                                highFen: number | null;
                                lowFen: number | null;
                                reasoning: {
                                    en: string;
                                    zh: string;
                                }[];
                            }[];
                            disclaimer: {
                                en: string;
                                zh: string;
                            };
                            range: {
                                highFen: number;
                                lowFen: number;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/licences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My organisation's licences (as licensor or licensee) and uptakes awaiting payment */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                                daysToFilingDeadline: number;
                                declarationId: number | null;
                                effectiveDate: string;
                                endDate: string | null;
                                feeDescription: string;
                                field: string | null;
                                filedOn: string | null;
                                filingDeadline: string;
                                filingNumber: string | null;
                                /** @enum {string} */
                                filingStatus: "not_filed" | "filed" | "refused";
                                id: number;
                                /** @enum {string} */
                                kind: "exclusive" | "sole" | "ordinary" | "open";
                                kindLabel: {
                                    en: string;
                                    zh: string;
                                };
                                licenseeName: string;
                                licenseeOrganisationId: number | null;
                                licensorName: string;
                                licensorOrganisationId: number | null;
                                patentId: number;
                                patentNumber: string | null;
                                patentTitle: string;
                                /** @enum {string} */
                                source: "open_licence_uptake" | "recorded";
                                startDate: string;
                                territory: string[];
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                            uptakes: {
                                declarationId: number;
                                dueBy: string | null;
                                effectiveDate: string | null;
                                id: number;
                                licence: {
                                    daysToFilingDeadline: number;
                                    declarationId: number | null;
                                    effectiveDate: string;
                                    endDate: string | null;
                                    feeDescription: string;
                                    field: string | null;
                                    filedOn: string | null;
                                    filingDeadline: string;
                                    filingNumber: string | null;
                                    /** @enum {string} */
                                    filingStatus: "not_filed" | "filed" | "refused";
                                    id: number;
                                    /** @enum {string} */
                                    kind: "exclusive" | "sole" | "ordinary" | "open";
                                    kindLabel: {
                                        en: string;
                                        zh: string;
                                    };
                                    licenseeName: string;
                                    licenseeOrganisationId: number | null;
                                    licensorName: string;
                                    licensorOrganisationId: number | null;
                                    patentId: number;
                                    patentNumber: string | null;
                                    patentTitle: string;
                                    /** @enum {string} */
                                    source: "open_licence_uptake" | "recorded";
                                    startDate: string;
                                    territory: string[];
                                } | null;
                                licenseeName: string;
                                licenseeOrganisationId: number | null;
                                noticeDate: string;
                                outstandingFen: number;
                                patentId: number;
                                patentTitle: string;
                                paymentDescription: {
                                    en: string;
                                    zh: string;
                                };
                                payments: {
                                    amountFen: number;
                                    id: number;
                                    /** @enum {string} */
                                    kind: "upfront" | "royalty";
                                    paidOn: string;
                                    periodLabel: string | null;
                                    reference: string | null;
                                    reportedBaseFen: number | null;
                                }[];
                                /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                                paymentTerms: {
                                    /** @description Integer fen (分) */
                                    amountFen: number;
                                    /** @enum {string} */
                                    mode: "one_time";
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @enum {string} */
                                    mode: "royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @description Integer fen (分) */
                                    entryFeeFen: number;
                                    /** @enum {string} */
                                    mode: "entry_fee_plus_royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    mode: "free";
                                } | {
                                    afterTrial: {
                                        /** @description Integer fen (分) */
                                        amountFen: number;
                                        /** @enum {string} */
                                        mode: "one_time";
                                    } | {
                                        /** @enum {string} */
                                        base: "net_sales" | "profit";
                                        /** @enum {string} */
                                        mode: "royalty";
                                        /** @enum {string} */
                                        period: "year" | "half_year" | "quarter";
                                        /** @description Basis points: 1 bp = 0.01% */
                                        rateBp: number;
                                    } | {
                                        /** @enum {string} */
                                        base: "net_sales" | "profit";
                                        /** @description Integer fen (分) */
                                        entryFeeFen: number;
                                        /** @enum {string} */
                                        mode: "entry_fee_plus_royalty";
                                        /** @enum {string} */
                                        period: "year" | "half_year" | "quarter";
                                        /** @description Basis points: 1 bp = 0.01% */
                                        rateBp: number;
                                    };
                                    /** @enum {string} */
                                    mode: "try_first";
                                    trialMonths: number;
                                };
                                /** @enum {string} */
                                status: "awaiting_payment" | "trial" | "in_force" | "payment_overdue";
                                trialEnds: string | null;
                                upfrontFen: number;
                                writtenNotice: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a negotiated licence (only ordinary while an open licence is in force, Law Art. 51(3)) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Calendar date YYYY-MM-DD */
                        effectiveDate: string;
                        /** @description Calendar date YYYY-MM-DD */
                        endDate: string | null;
                        feeAmountFen?: number | null;
                        feeDescription: string;
                        /** @default null */
                        field?: string | null;
                        /** @enum {string} */
                        kind: "exclusive" | "sole" | "ordinary";
                        licenseeName: string;
                        licenseeOrganisationId?: number | null;
                        patentId: number;
                        /** @description Calendar date YYYY-MM-DD */
                        startDate: string;
                        /** @default [] */
                        territory?: string[];
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
                            daysToFilingDeadline: number;
                            declarationId: number | null;
                            effectiveDate: string;
                            endDate: string | null;
                            feeDescription: string;
                            field: string | null;
                            filedOn: string | null;
                            filingDeadline: string;
                            filingNumber: string | null;
                            /** @enum {string} */
                            filingStatus: "not_filed" | "filed" | "refused";
                            id: number;
                            /** @enum {string} */
                            kind: "exclusive" | "sole" | "ordinary" | "open";
                            kindLabel: {
                                en: string;
                                zh: string;
                            };
                            licenseeName: string;
                            licenseeOrganisationId: number | null;
                            licensorName: string;
                            licensorOrganisationId: number | null;
                            patentId: number;
                            patentNumber: string | null;
                            patentTitle: string;
                            /** @enum {string} */
                            source: "open_licence_uptake" | "recorded";
                            startDate: string;
                            territory: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/licences/{id}/filing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Record the filing with CNIPA (Regs Art. 15(2), 87) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Calendar date YYYY-MM-DD */
                        filedOn?: string | null;
                        filingNumber?: string | null;
                        /** @enum {string} */
                        status: "filed" | "refused" | "not_filed";
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
                            daysToFilingDeadline: number;
                            declarationId: number | null;
                            effectiveDate: string;
                            endDate: string | null;
                            feeDescription: string;
                            field: string | null;
                            filedOn: string | null;
                            filingDeadline: string;
                            filingNumber: string | null;
                            /** @enum {string} */
                            filingStatus: "not_filed" | "filed" | "refused";
                            id: number;
                            /** @enum {string} */
                            kind: "exclusive" | "sole" | "ordinary" | "open";
                            kindLabel: {
                                en: string;
                                zh: string;
                            };
                            licenseeName: string;
                            licenseeOrganisationId: number | null;
                            licensorName: string;
                            licensorOrganisationId: number | null;
                            patentId: number;
                            patentNumber: string | null;
                            patentTitle: string;
                            /** @enum {string} */
                            source: "open_licence_uptake" | "recorded";
                            startDate: string;
                            territory: string[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/open-licence/licences/{id}/filing-package.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filing package (备案 form fields, documents, deadline) as XLSX or DOCX */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    format: "xlsx" | "docx";
                    id: number;
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My organisation's open-licence messages (suspensions, notices, filing reminders) */
        get: {
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
                            body: string;
                            createdAt: string;
                            declarationId: number | null;
                            id: number;
                            kind: string;
                            licenceId: number | null;
                            subject: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My organisation's declarations (any state unless filtered) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    states?: string;
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
                                checklist: {
                                    [key: string]: "confirmed" | "not_applicable" | "failed";
                                } | null;
                                contact: string | null;
                                createdAt: string;
                                declaredByOrganisationId: number | null;
                                field: string | null;
                                fixedFeeFen: number | null;
                                id: number;
                                lastCheck: {
                                    refusals: {
                                        article: string;
                                        code: string;
                                        field?: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                    }[];
                                    warnings: {
                                        code: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                        source: string;
                                    }[];
                                } | null;
                                lastCheckedOn: string | null;
                                otherMatters: string;
                                patent: {
                                    applicationNumber: string | null;
                                    expiryDate: string | null;
                                    feePaidUntil: string | null;
                                    filingDate: string | null;
                                    grantDate: string | null;
                                    grantNumber: string | null;
                                    id: number;
                                    industryCodes: string[];
                                    ipcCodes: string[];
                                    legalStatus: string;
                                    mainIpc: string | null;
                                    patentees: string[];
                                    /** @description 专利号 ZL… */
                                    patentNumber: string | null;
                                    /** @enum {string} */
                                    patentType: "invention" | "utility_model" | "design";
                                    publicationNumber: string | null;
                                    regionCode: string | null;
                                    seiCodes: string[];
                                    title: string;
                                };
                                patentees: string[];
                                paymentDescription: {
                                    en: string;
                                    zh: string;
                                };
                                /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                                paymentTerms: {
                                    /** @description Integer fen (分) */
                                    amountFen: number;
                                    /** @enum {string} */
                                    mode: "one_time";
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @enum {string} */
                                    mode: "royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @description Integer fen (分) */
                                    entryFeeFen: number;
                                    /** @enum {string} */
                                    mode: "entry_fee_plus_royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    mode: "free";
                                } | {
                                    afterTrial: {
                                        /** @description Integer fen (分) */
                                        amountFen: number;
                                        /** @enum {string} */
                                        mode: "one_time";
                                    } | {
                                        /** @enum {string} */
                                        base: "net_sales" | "profit";
                                        /** @enum {string} */
                                        mode: "royalty";
                                        /** @enum {string} */
                                        period: "year" | "half_year" | "quarter";
                                        /** @description Basis points: 1 bp = 0.01% */
                                        rateBp: number;
                                    } | {
                                        /** @enum {string} */
                                        base: "net_sales" | "profit";
                                        /** @description Integer fen (分) */
                                        entryFeeFen: number;
                                        /** @enum {string} */
                                        mode: "entry_fee_plus_royalty";
                                        /** @enum {string} */
                                        period: "year" | "half_year" | "quarter";
                                        /** @description Basis points: 1 bp = 0.01% */
                                        rateBp: number;
                                    };
                                    /** @enum {string} */
                                    mode: "try_first";
                                    trialMonths: number;
                                };
                                publishedOn: string | null;
                                royaltyRateBp: number | null;
                                /** @enum {string} */
                                state: "draft" | "submitted" | "verified" | "published" | "suspended" | "withdrawn" | "ended";
                                stateLabel: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string|null} */
                                suspendedBy: "system" | "user" | null;
                                term: {
                                    endDate: string;
                                    startDate: string;
                                };
                                territory: string[];
                                territoryDescription: {
                                    en: string;
                                    zh: string;
                                };
                                updatedAt: string;
                                withdrawnOn: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/patents/{id}/annual-fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Annual-fee schedule with the open-licence reduction (Law Art. 51(2); rate configurable, default 15% [R]) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            reductionBp: number;
                            reductionSource: string;
                            rows: {
                                baseFen: number;
                                dueDate: string;
                                paid: boolean;
                                payableFen: number;
                                periodEnd: string;
                                periodStart: string;
                                reductionFen: number;
                                year: number;
                            }[];
                            scheduleSource: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/patents/{id}/declaration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A patent's open-licence declaration in force (published or suspended), or null; public
         * @description For the patent page: the announced terms (Patent Law Art. 50, Regs Art. 85) of the declaration counted as in force — published, or suspended (state says so). Drafts, withdrawn and ended declarations are not shown here; the eligibility check and checklist are for the parties (see /open-licence/declarations/:id). 404 for an unknown patent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            declaration: {
                                checklist: {
                                    [key: string]: "confirmed" | "not_applicable" | "failed";
                                } | null;
                                contact: string | null;
                                createdAt: string;
                                declaredByOrganisationId: number | null;
                                field: string | null;
                                fixedFeeFen: number | null;
                                id: number;
                                lastCheck: {
                                    refusals: {
                                        article: string;
                                        code: string;
                                        field?: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                    }[];
                                    warnings: {
                                        code: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                        source: string;
                                    }[];
                                } | null;
                                lastCheckedOn: string | null;
                                otherMatters: string;
                                patent: {
                                    applicationNumber: string | null;
                                    expiryDate: string | null;
                                    feePaidUntil: string | null;
                                    filingDate: string | null;
                                    grantDate: string | null;
                                    grantNumber: string | null;
                                    id: number;
                                    industryCodes: string[];
                                    ipcCodes: string[];
                                    legalStatus: string;
                                    mainIpc: string | null;
                                    patentees: string[];
                                    /** @description 专利号 ZL… */
                                    patentNumber: string | null;
                                    /** @enum {string} */
                                    patentType: "invention" | "utility_model" | "design";
                                    publicationNumber: string | null;
                                    regionCode: string | null;
                                    seiCodes: string[];
                                    title: string;
                                };
                                patentees: string[];
                                paymentDescription: {
                                    en: string;
                                    zh: string;
                                };
                                /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                                paymentTerms: {
                                    /** @description Integer fen (分) */
                                    amountFen: number;
                                    /** @enum {string} */
                                    mode: "one_time";
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @enum {string} */
                                    mode: "royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @description Integer fen (分) */
                                    entryFeeFen: number;
                                    /** @enum {string} */
                                    mode: "entry_fee_plus_royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    mode: "free";
                                } | {
                                    afterTrial: {
                                        /** @description Integer fen (分) */
                                        amountFen: number;
                                        /** @enum {string} */
                                        mode: "one_time";
                                    } | {
                                        /** @enum {string} */
                                        base: "net_sales" | "profit";
                                        /** @enum {string} */
                                        mode: "royalty";
                                        /** @enum {string} */
                                        period: "year" | "half_year" | "quarter";
                                        /** @description Basis points: 1 bp = 0.01% */
                                        rateBp: number;
                                    } | {
                                        /** @enum {string} */
                                        base: "net_sales" | "profit";
                                        /** @description Integer fen (分) */
                                        entryFeeFen: number;
                                        /** @enum {string} */
                                        mode: "entry_fee_plus_royalty";
                                        /** @enum {string} */
                                        period: "year" | "half_year" | "quarter";
                                        /** @description Basis points: 1 bp = 0.01% */
                                        rateBp: number;
                                    };
                                    /** @enum {string} */
                                    mode: "try_first";
                                    trialMonths: number;
                                };
                                publishedOn: string | null;
                                royaltyRateBp: number | null;
                                /** @enum {string} */
                                state: "draft" | "submitted" | "verified" | "published" | "suspended" | "withdrawn" | "ended";
                                stateLabel: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string|null} */
                                suspendedBy: "system" | "user" | null;
                                term: {
                                    endDate: string;
                                    startDate: string;
                                };
                                territory: string[];
                                territoryDescription: {
                                    en: string;
                                    zh: string;
                                };
                                updatedAt: string;
                                withdrawnOn: string | null;
                            } | null;
                            patentId: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/patents/{id}/evaluation-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the patent evaluation report (专利权评价报告, Law Art. 50(1), Regs Art. 62–63) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        conclusion?: string | null;
                        /** @description Calendar date YYYY-MM-DD */
                        issuedOn?: string | null;
                        reportNumber: string;
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
                            conclusion: string | null;
                            issuedOn: string | null;
                            reportNumber: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/patents/{id}/pledges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a registered pledge (re-verifies the published declaration, Regs Art. 86(iv)) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        pledgee: string;
                        pledgeeOrganisationId?: number | null;
                        pledgor: string;
                        /** @description Calendar date YYYY-MM-DD */
                        registeredOn: string;
                        registrationNumber?: string | null;
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
                            id: number;
                            pledgee: string;
                            pledgeeConsentOn: string | null;
                            registeredOn: string;
                            releasedOn: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/patents/{id}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Licences, pledges, procedure suspensions and the evaluation report of a patent */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            evaluationReport: {
                                conclusion: string | null;
                                issuedOn: string | null;
                                reportNumber: string;
                            } | null;
                            licences: {
                                daysToFilingDeadline: number;
                                declarationId: number | null;
                                effectiveDate: string;
                                endDate: string | null;
                                feeDescription: string;
                                field: string | null;
                                filedOn: string | null;
                                filingDeadline: string;
                                filingNumber: string | null;
                                /** @enum {string} */
                                filingStatus: "not_filed" | "filed" | "refused";
                                id: number;
                                /** @enum {string} */
                                kind: "exclusive" | "sole" | "ordinary" | "open";
                                kindLabel: {
                                    en: string;
                                    zh: string;
                                };
                                licenseeName: string;
                                licenseeOrganisationId: number | null;
                                licensorName: string;
                                licensorOrganisationId: number | null;
                                patentId: number;
                                patentNumber: string | null;
                                patentTitle: string;
                                /** @enum {string} */
                                source: "open_licence_uptake" | "recorded";
                                startDate: string;
                                territory: string[];
                            }[];
                            pledges: {
                                consentDocumentRef: string | null;
                                id: number;
                                pledgee: string;
                                pledgeeConsentOn: string | null;
                                pledgor: string;
                                registeredOn: string;
                                registrationNumber: string | null;
                                releasedOn: string | null;
                            }[];
                            suspensions: {
                                endDate: string | null;
                                id: number;
                                /** @enum {string} */
                                kind: "ownership_dispute" | "preservation";
                                note: string | null;
                                reference: string;
                                startDate: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/patents/{id}/suspensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a procedure suspension: ownership dispute (Regs Art. 103) or preservation (Art. 104) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Calendar date YYYY-MM-DD */
                        endDate?: string | null;
                        /** @enum {string} */
                        kind: "ownership_dispute" | "preservation";
                        note?: string | null;
                        reference: string;
                        /** @description Calendar date YYYY-MM-DD */
                        startDate: string;
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
                            endDate: string | null;
                            id: number;
                            kind: string;
                            reference: string;
                            startDate: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/pledges/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the pledgee's written consent to the open licence (Regs Art. 86(iv)) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Calendar date YYYY-MM-DD */
                        consentedOn: string;
                        documentRef: string;
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
                            id: number;
                            pledgee: string;
                            pledgeeConsentOn: string | null;
                            registeredOn: string;
                            releasedOn: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/pledges/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the cancellation of a pledge */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Calendar date YYYY-MM-DD */
                        releasedOn: string;
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
                            id: number;
                            pledgee: string;
                            pledgeeConsentOn: string | null;
                            registeredOn: string;
                            releasedOn: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/pool": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public open-licence pool (published declarations), filtered and paged */
        get: {
            parameters: {
                query?: {
                    feeMaxFen?: number;
                    feeMinFen?: number;
                    industry?: string;
                    institution?: string;
                    institutionId?: number;
                    /** @description IPC prefix, e.g. H04N or G01D5 */
                    ipc?: string;
                    maxRateBp?: number;
                    page?: number;
                    pageSize?: number;
                    patentType?: "invention" | "utility_model" | "design";
                    paymentMode?: "one_time" | "royalty" | "entry_fee_plus_royalty" | "free" | "try_first";
                    q?: string;
                    region?: string;
                    sei?: string;
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
                                checklist: {
                                    [key: string]: "confirmed" | "not_applicable" | "failed";
                                } | null;
                                contact: string | null;
                                createdAt: string;
                                declaredByOrganisationId: number | null;
                                field: string | null;
                                fixedFeeFen: number | null;
                                id: number;
                                lastCheck: {
                                    refusals: {
                                        article: string;
                                        code: string;
                                        field?: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                    }[];
                                    warnings: {
                                        code: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                        source: string;
                                    }[];
                                } | null;
                                lastCheckedOn: string | null;
                                otherMatters: string;
                                patent: {
                                    applicationNumber: string | null;
                                    expiryDate: string | null;
                                    feePaidUntil: string | null;
                                    filingDate: string | null;
                                    grantDate: string | null;
                                    grantNumber: string | null;
                                    id: number;
                                    industryCodes: string[];
                                    ipcCodes: string[];
                                    legalStatus: string;
                                    mainIpc: string | null;
                                    patentees: string[];
                                    /** @description 专利号 ZL… */
                                    patentNumber: string | null;
                                    /** @enum {string} */
                                    patentType: "invention" | "utility_model" | "design";
                                    publicationNumber: string | null;
                                    regionCode: string | null;
                                    seiCodes: string[];
                                    title: string;
                                };
                                patentees: string[];
                                paymentDescription: {
                                    en: string;
                                    zh: string;
                                };
                                /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                                paymentTerms: {
                                    /** @description Integer fen (分) */
                                    amountFen: number;
                                    /** @enum {string} */
                                    mode: "one_time";
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @enum {string} */
                                    mode: "royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @description Integer fen (分) */
                                    entryFeeFen: number;
                                    /** @enum {string} */
                                    mode: "entry_fee_plus_royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    mode: "free";
                                } | {
                                    afterTrial: {
                                        /** @description Integer fen (分) */
                                        amountFen: number;
                                        /** @enum {string} */
                                        mode: "one_time";
                                    } | {
                                        /** @enum {string} */
                                        base: "net_sales" | "profit";
                                        /** @enum {string} */
                                        mode: "royalty";
                                        /** @enum {string} */
                                        period: "year" | "half_year" | "quarter";
                                        /** @description Basis points: 1 bp = 0.01% */
                                        rateBp: number;
                                    } | {
                                        /** @enum {string} */
                                        base: "net_sales" | "profit";
                                        /** @description Integer fen (分) */
                                        entryFeeFen: number;
                                        /** @enum {string} */
                                        mode: "entry_fee_plus_royalty";
                                        /** @enum {string} */
                                        period: "year" | "half_year" | "quarter";
                                        /** @description Basis points: 1 bp = 0.01% */
                                        rateBp: number;
                                    };
                                    /** @enum {string} */
                                    mode: "try_first";
                                    trialMonths: number;
                                };
                                publishedOn: string | null;
                                royaltyRateBp: number | null;
                                /** @enum {string} */
                                state: "draft" | "submitted" | "verified" | "published" | "suspended" | "withdrawn" | "ended";
                                stateLabel: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string|null} */
                                suspendedBy: "system" | "user" | null;
                                term: {
                                    endDate: string;
                                    startDate: string;
                                };
                                territory: string[];
                                territoryDescription: {
                                    en: string;
                                    zh: string;
                                };
                                updatedAt: string;
                                withdrawnOn: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/pool.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** CSV export of the pool with the Regs Art. 85 declaration fields (up to 10,000 rows) */
        get: {
            parameters: {
                query?: {
                    feeMaxFen?: number;
                    feeMinFen?: number;
                    industry?: string;
                    institution?: string;
                    institutionId?: number;
                    /** @description IPC prefix, e.g. H04N or G01D5 */
                    ipc?: string;
                    maxRateBp?: number;
                    patentType?: "invention" | "utility_model" | "design";
                    paymentMode?: "one_time" | "royalty" | "entry_fee_plus_royalty" | "free" | "try_first";
                    q?: string;
                    region?: string;
                    sei?: string;
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/pool.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pool as JSON Feed 1.1 (latest 50, same filters as the pool) */
        get: {
            parameters: {
                query?: {
                    feeMaxFen?: number;
                    feeMinFen?: number;
                    industry?: string;
                    institution?: string;
                    institutionId?: number;
                    /** @description IPC prefix, e.g. H04N or G01D5 */
                    ipc?: string;
                    maxRateBp?: number;
                    patentType?: "invention" | "utility_model" | "design";
                    paymentMode?: "one_time" | "royalty" | "entry_fee_plus_royalty" | "free" | "try_first";
                    q?: string;
                    region?: string;
                    sei?: string;
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/pool.rss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pool as RSS 2.0 (latest 50, same filters as the pool) */
        get: {
            parameters: {
                query?: {
                    feeMaxFen?: number;
                    feeMinFen?: number;
                    industry?: string;
                    institution?: string;
                    institutionId?: number;
                    /** @description IPC prefix, e.g. H04N or G01D5 */
                    ipc?: string;
                    maxRateBp?: number;
                    patentType?: "invention" | "utility_model" | "design";
                    paymentMode?: "one_time" | "royalty" | "entry_fee_plus_royalty" | "free" | "try_first";
                    q?: string;
                    region?: string;
                    sei?: string;
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verification queue for service organisations (default: submitted and verified) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    states?: string;
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
                                checklist: {
                                    [key: string]: "confirmed" | "not_applicable" | "failed";
                                } | null;
                                contact: string | null;
                                createdAt: string;
                                declaredByOrganisationId: number | null;
                                field: string | null;
                                fixedFeeFen: number | null;
                                id: number;
                                lastCheck: {
                                    refusals: {
                                        article: string;
                                        code: string;
                                        field?: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                    }[];
                                    warnings: {
                                        code: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                        source: string;
                                    }[];
                                } | null;
                                lastCheckedOn: string | null;
                                otherMatters: string;
                                patent: {
                                    applicationNumber: string | null;
                                    expiryDate: string | null;
                                    feePaidUntil: string | null;
                                    filingDate: string | null;
                                    grantDate: string | null;
                                    grantNumber: string | null;
                                    id: number;
                                    industryCodes: string[];
                                    ipcCodes: string[];
                                    legalStatus: string;
                                    mainIpc: string | null;
                                    patentees: string[];
                                    /** @description 专利号 ZL… */
                                    patentNumber: string | null;
                                    /** @enum {string} */
                                    patentType: "invention" | "utility_model" | "design";
                                    publicationNumber: string | null;
                                    regionCode: string | null;
                                    seiCodes: string[];
                                    title: string;
                                };
                                patentees: string[];
                                paymentDescription: {
                                    en: string;
                                    zh: string;
                                };
                                /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                                paymentTerms: {
                                    /** @description Integer fen (分) */
                                    amountFen: number;
                                    /** @enum {string} */
                                    mode: "one_time";
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @enum {string} */
                                    mode: "royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @description Integer fen (分) */
                                    entryFeeFen: number;
                                    /** @enum {string} */
                                    mode: "entry_fee_plus_royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    mode: "free";
                                } | {
                                    afterTrial: {
                                        /** @description Integer fen (分) */
                                        amountFen: number;
                                        /** @enum {string} */
                                        mode: "one_time";
                                    } | {
                                        /** @enum {string} */
                                        base: "net_sales" | "profit";
                                        /** @enum {string} */
                                        mode: "royalty";
                                        /** @enum {string} */
                                        period: "year" | "half_year" | "quarter";
                                        /** @description Basis points: 1 bp = 0.01% */
                                        rateBp: number;
                                    } | {
                                        /** @enum {string} */
                                        base: "net_sales" | "profit";
                                        /** @description Integer fen (分) */
                                        entryFeeFen: number;
                                        /** @enum {string} */
                                        mode: "entry_fee_plus_royalty";
                                        /** @enum {string} */
                                        period: "year" | "half_year" | "quarter";
                                        /** @description Basis points: 1 bp = 0.01% */
                                        rateBp: number;
                                    };
                                    /** @enum {string} */
                                    mode: "try_first";
                                    trialMonths: number;
                                };
                                publishedOn: string | null;
                                royaltyRateBp: number | null;
                                /** @enum {string} */
                                state: "draft" | "submitted" | "verified" | "published" | "suspended" | "withdrawn" | "ended";
                                stateLabel: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string|null} */
                                suspendedBy: "system" | "user" | null;
                                term: {
                                    endDate: string;
                                    startDate: string;
                                };
                                territory: string[];
                                territoryDescription: {
                                    en: string;
                                    zh: string;
                                };
                                updatedAt: string;
                                withdrawnOn: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/reverify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-verify published declarations now (all, or those on the given patents) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        patentIds?: number[];
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
                            checked: number;
                            ended: number[];
                            reinstated: number[];
                            suspended: number[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The configurable open-licence rules */
        get: {
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
                            advertisingWords: {
                                exceptFollowedBy?: string[];
                                exceptPrecededBy?: string[];
                                word: string;
                            }[];
                            annualFeeReductionBp: number;
                            feeCaps: {
                                fixedFeeFen: number;
                                netSalesRateBp: number;
                                profitRateBp: number;
                            };
                            filingReminderDays: number[];
                            minimumTermMonths: number | null;
                            reverifyIntervalMinutes: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the configurable rules (platform administrators; audited) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        advertisingWords?: {
                            exceptFollowedBy?: string[];
                            exceptPrecededBy?: string[];
                            word: string;
                        }[];
                        annualFeeReductionBp?: number;
                        feeCaps?: {
                            fixedFeeFen: number;
                            netSalesRateBp: number;
                            profitRateBp: number;
                        };
                        filingReminderDays?: number[];
                        minimumTermMonths?: number | null;
                        reverifyIntervalMinutes?: number;
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
                            advertisingWords: {
                                exceptFollowedBy?: string[];
                                exceptPrecededBy?: string[];
                                word: string;
                            }[];
                            annualFeeReductionBp: number;
                            feeCaps: {
                                fixedFeeFen: number;
                                netSalesRateBp: number;
                                profitRateBp: number;
                            };
                            filingReminderDays: number[];
                            minimumTermMonths: number | null;
                            reverifyIntervalMinutes: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/open-licence/suspensions/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the end of a procedure suspension */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Calendar date YYYY-MM-DD */
                        endDate: string;
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
                            endDate: string | null;
                            id: number;
                            kind: string;
                            reference: string;
                            startDate: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/uptakes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An uptake with its payments and licence */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            declarationId: number;
                            dueBy: string | null;
                            effectiveDate: string | null;
                            id: number;
                            licence: {
                                daysToFilingDeadline: number;
                                declarationId: number | null;
                                effectiveDate: string;
                                endDate: string | null;
                                feeDescription: string;
                                field: string | null;
                                filedOn: string | null;
                                filingDeadline: string;
                                filingNumber: string | null;
                                /** @enum {string} */
                                filingStatus: "not_filed" | "filed" | "refused";
                                id: number;
                                /** @enum {string} */
                                kind: "exclusive" | "sole" | "ordinary" | "open";
                                kindLabel: {
                                    en: string;
                                    zh: string;
                                };
                                licenseeName: string;
                                licenseeOrganisationId: number | null;
                                licensorName: string;
                                licensorOrganisationId: number | null;
                                patentId: number;
                                patentNumber: string | null;
                                patentTitle: string;
                                /** @enum {string} */
                                source: "open_licence_uptake" | "recorded";
                                startDate: string;
                                territory: string[];
                            } | null;
                            licenseeName: string;
                            licenseeOrganisationId: number | null;
                            noticeDate: string;
                            outstandingFen: number;
                            patentId: number;
                            patentTitle: string;
                            paymentDescription: {
                                en: string;
                                zh: string;
                            };
                            payments: {
                                amountFen: number;
                                id: number;
                                /** @enum {string} */
                                kind: "upfront" | "royalty";
                                paidOn: string;
                                periodLabel: string | null;
                                reference: string | null;
                                reportedBaseFen: number | null;
                            }[];
                            /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                            paymentTerms: {
                                /** @description Integer fen (分) */
                                amountFen: number;
                                /** @enum {string} */
                                mode: "one_time";
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @enum {string} */
                                mode: "royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @description Integer fen (分) */
                                entryFeeFen: number;
                                /** @enum {string} */
                                mode: "entry_fee_plus_royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                mode: "free";
                            } | {
                                afterTrial: {
                                    /** @description Integer fen (分) */
                                    amountFen: number;
                                    /** @enum {string} */
                                    mode: "one_time";
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @enum {string} */
                                    mode: "royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @description Integer fen (分) */
                                    entryFeeFen: number;
                                    /** @enum {string} */
                                    mode: "entry_fee_plus_royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                };
                                /** @enum {string} */
                                mode: "try_first";
                                trialMonths: number;
                            };
                            /** @enum {string} */
                            status: "awaiting_payment" | "trial" | "in_force" | "payment_overdue";
                            trialEnds: string | null;
                            upfrontFen: number;
                            writtenNotice: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-licence/uptakes/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a payment under the published terms; the licence takes effect when the up-front amount is paid */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amountFen: number;
                        /** @enum {string} */
                        kind: "upfront" | "royalty";
                        /** @description Calendar date YYYY-MM-DD */
                        paidOn: string;
                        periodLabel?: string | null;
                        reference?: string | null;
                        reportedBaseFen?: number | null;
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
                            declarationId: number;
                            dueBy: string | null;
                            effectiveDate: string | null;
                            id: number;
                            licence: {
                                daysToFilingDeadline: number;
                                declarationId: number | null;
                                effectiveDate: string;
                                endDate: string | null;
                                feeDescription: string;
                                field: string | null;
                                filedOn: string | null;
                                filingDeadline: string;
                                filingNumber: string | null;
                                /** @enum {string} */
                                filingStatus: "not_filed" | "filed" | "refused";
                                id: number;
                                /** @enum {string} */
                                kind: "exclusive" | "sole" | "ordinary" | "open";
                                kindLabel: {
                                    en: string;
                                    zh: string;
                                };
                                licenseeName: string;
                                licenseeOrganisationId: number | null;
                                licensorName: string;
                                licensorOrganisationId: number | null;
                                patentId: number;
                                patentNumber: string | null;
                                patentTitle: string;
                                /** @enum {string} */
                                source: "open_licence_uptake" | "recorded";
                                startDate: string;
                                territory: string[];
                            } | null;
                            licenseeName: string;
                            licenseeOrganisationId: number | null;
                            noticeDate: string;
                            outstandingFen: number;
                            patentId: number;
                            patentTitle: string;
                            paymentDescription: {
                                en: string;
                                zh: string;
                            };
                            payments: {
                                amountFen: number;
                                id: number;
                                /** @enum {string} */
                                kind: "upfront" | "royalty";
                                paidOn: string;
                                periodLabel: string | null;
                                reference: string | null;
                                reportedBaseFen: number | null;
                            }[];
                            /** @description Payment mode and standard (Patent Law Art. 50(1); Regs Art. 85(1)(iii)) */
                            paymentTerms: {
                                /** @description Integer fen (分) */
                                amountFen: number;
                                /** @enum {string} */
                                mode: "one_time";
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @enum {string} */
                                mode: "royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                base: "net_sales" | "profit";
                                /** @description Integer fen (分) */
                                entryFeeFen: number;
                                /** @enum {string} */
                                mode: "entry_fee_plus_royalty";
                                /** @enum {string} */
                                period: "year" | "half_year" | "quarter";
                                /** @description Basis points: 1 bp = 0.01% */
                                rateBp: number;
                            } | {
                                /** @enum {string} */
                                mode: "free";
                            } | {
                                afterTrial: {
                                    /** @description Integer fen (分) */
                                    amountFen: number;
                                    /** @enum {string} */
                                    mode: "one_time";
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @enum {string} */
                                    mode: "royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                } | {
                                    /** @enum {string} */
                                    base: "net_sales" | "profit";
                                    /** @description Integer fen (分) */
                                    entryFeeFen: number;
                                    /** @enum {string} */
                                    mode: "entry_fee_plus_royalty";
                                    /** @enum {string} */
                                    period: "year" | "half_year" | "quarter";
                                    /** @description Basis points: 1 bp = 0.01% */
                                    rateBp: number;
                                };
                                /** @enum {string} */
                                mode: "try_first";
                                trialMonths: number;
                            };
                            /** @enum {string} */
                            status: "awaiting_payment" | "trial" | "in_force" | "payment_overdue";
                            trialEnds: string | null;
                            upfrontFen: number;
                            writtenNotice: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organisations (signed-in users) */
        get: {
            parameters: {
                query?: {
                    kind?: "university" | "institute" | "enterprise" | "service_organisation" | "government" | "bank" | "other";
                    page?: number;
                    pageSize?: number;
                    q?: string;
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
                                createdAt: string;
                                creditCode: string | null;
                                id: number;
                                /** @enum {string} */
                                kind: "university" | "institute" | "enterprise" | "service_organisation" | "government" | "bank" | "other";
                                name: string;
                                regionCode: string | null;
                                updatedAt: string;
                                userCount: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an organisation (platform administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 统一社会信用代码 (GB 32100) */
                        creditCode?: string | null;
                        /** @enum {string} */
                        kind: "university" | "institute" | "enterprise" | "service_organisation" | "government" | "bank" | "other";
                        name: string;
                        /** @description GB/T 2260 region code */
                        regionCode?: string | null;
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
                            createdAt: string;
                            creditCode: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "university" | "institute" | "enterprise" | "service_organisation" | "government" | "bank" | "other";
                            name: string;
                            regionCode: string | null;
                            updatedAt: string;
                            userCount: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation (signed-in users) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            createdAt: string;
                            creditCode: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "university" | "institute" | "enterprise" | "service_organisation" | "government" | "bank" | "other";
                            name: string;
                            regionCode: string | null;
                            updatedAt: string;
                            userCount: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an organisation nothing refers to (platform administrators) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an organisation (platform administrators) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 统一社会信用代码 (GB 32100) */
                        creditCode?: string | null;
                        /** @enum {string} */
                        kind?: "university" | "institute" | "enterprise" | "service_organisation" | "government" | "bank" | "other";
                        name?: string;
                        /** @description GB/T 2260 region code */
                        regionCode?: string | null;
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
                            createdAt: string;
                            creditCode: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "university" | "institute" | "enterprise" | "service_organisation" | "government" | "bank" | "other";
                            name: string;
                            regionCode: string | null;
                            updatedAt: string;
                            userCount: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/patents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 专利详情 Patent detail */
        get: {
            parameters: {
                query?: {
                    lang?: "zh" | "en";
                };
                header?: never;
                path: {
                    id: number;
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
                            abstract: string | null;
                            address: string | null;
                            applicants: string[];
                            applicantType: string | null;
                            applicantTypeLabel: string | null;
                            applicationNumber: string | null;
                            cpcCodes: string[];
                            /** @description Last day of the statutory term (Patent Law Art. 42) */
                            expiryDate: string | null;
                            feePaidUntil: string | null;
                            filingDate: string | null;
                            firstClaim: string | null;
                            grantDate: string | null;
                            grantNumber: string | null;
                            id: number;
                            industries: {
                                code: string;
                                name: string | null;
                            }[];
                            inventors: string[];
                            ipc: {
                                class: {
                                    code: string;
                                    title: string | null;
                                };
                                code: string;
                                mainGroup: {
                                    code: string;
                                    title: string | null;
                                } | null;
                                section: {
                                    code: string;
                                    title: string | null;
                                };
                                subclass: {
                                    code: string;
                                    title: string | null;
                                };
                            }[];
                            ipcCodes: string[];
                            legalEvents: string | null;
                            legalStatus: string;
                            legalStatusLabel: string;
                            legalStatusRaw: string | null;
                            licenceCount: number;
                            licenceDates: string[];
                            mainIpc: string | null;
                            organisations: {
                                id: number;
                                kind: string;
                                name: string;
                            }[];
                            patentees: string[];
                            pct: boolean;
                            pledgeCount: number;
                            pledgeDates: string[];
                            publicationDate: string | null;
                            publicationNumber: string | null;
                            region: {
                                cityCode: string | null;
                                cityName: string | null;
                                code: string;
                                provinceCode: string;
                                provinceName: string | null;
                            } | null;
                            sei: {
                                code: string;
                                domainCode: string;
                                domainName: string | null;
                                name: string | null;
                            }[];
                            source: string;
                            technicalEffects: string[];
                            title: string;
                            transferCount: number;
                            transferDates: string[];
                            trl: number | null;
                            type: string;
                            typeLabel: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patents/{id}/matching-demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 匹配企业 Demands and enterprises fitting a patent (only demands the caller may read) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    id: number;
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
                            enterprises: {
                                bestScore: number;
                                demands: number;
                                name: string;
                                organisationId: number | null;
                                region: {
                                    code: string;
                                    name: string;
                                } | null;
                            }[];
                            items: {
                                /** @description Weighted contribution of each signal; total is their sum. Weights: text 0.5, ipc 0.3, legal 0.05, licence 0.05, region 0.03, sei 0.03, industry 0.02, readiness 0.02 (+0.1 licence when an open licence fits the demand) */
                                breakdown: {
                                    contributions: {
                                        industry: number;
                                        ipc: number;
                                        legal: number;
                                        licence: number;
                                        readiness: number;
                                        region: number;
                                        sei: number;
                                        text: number;
                                    };
                                    total: number;
                                };
                                demand: {
                                    /** @description Organisations approved to see a private demand (owner and administration only) */
                                    approvedOrganisationIds: number[] | null;
                                    availableMoves: ("open" | "matched" | "negotiating" | "closed")[];
                                    /** @description Budget upper bound in fen (分) */
                                    budgetMaxFen: number | null;
                                    /** @description Budget lower bound in fen (分) */
                                    budgetMinFen: number | null;
                                    /** @description The caller may edit, move and approve (the owner enterprise) */
                                    canEdit: boolean;
                                    closedReason: {
                                        /** @enum {string} */
                                        code: "solved" | "licensed" | "transferred" | "withdrawn" | "other";
                                        label: {
                                            en: string;
                                            zh: string;
                                        };
                                        note: string | null;
                                    } | null;
                                    /** @description Shown to signed-in users only */
                                    contact: {
                                        email: string | null;
                                        name: string;
                                        phone: string | null;
                                    } | null;
                                    createdAt: string;
                                    /** @description 统一社会信用代码 (GB 32100-2015) */
                                    creditCode: string;
                                    currentSolution: string;
                                    desiredField: string;
                                    desiredIpc: {
                                        code: string;
                                        title: string | null;
                                    }[];
                                    enterpriseName: string;
                                    /** @enum {string|null} */
                                    enterpriseSize: "large" | "medium" | "small" | "micro" | null;
                                    enterpriseSizeLabel: {
                                        en: string;
                                        zh: string;
                                    } | null;
                                    id: number;
                                    /** @description GB/T 4754-2017 */
                                    industry: {
                                        code: string;
                                        name: string | null;
                                    } | null;
                                    minTrl: number | null;
                                    /** @description Owner enterprise on the platform */
                                    organisationId: number | null;
                                    organisationName: string | null;
                                    preferredModes: {
                                        /** @enum {string} */
                                        code: "transfer" | "exclusive_licence" | "sole_licence" | "ordinary_licence" | "open_licence" | "equity" | "joint_development";
                                        label: {
                                            en: string;
                                            zh: string;
                                        };
                                    }[];
                                    problem: string;
                                    /** @description GB/T 2260 */
                                    region: {
                                        code: string;
                                        name: string;
                                    } | null;
                                    sei: {
                                        code: string;
                                        name: string | null;
                                    }[];
                                    /** @description 'form' or 'import:<file name>' */
                                    source: string;
                                    sourceRow: number | null;
                                    /** @enum {string} */
                                    state: "open" | "matched" | "negotiating" | "closed";
                                    stateLabel: {
                                        en: string;
                                        zh: string;
                                    };
                                    targetIndicators: string;
                                    /** @enum {string|null} */
                                    timeline: "within_3_months" | "within_6_months" | "within_1_year" | "over_1_year" | null;
                                    timelineLabel: {
                                        en: string;
                                        zh: string;
                                    } | null;
                                    title: string;
                                    updatedAt: string;
                                    /** @enum {string} */
                                    visibility: "public" | "private";
                                };
                                rank: number;
                                reasons: {
                                    /** @description A caution rather than a point in favour */
                                    caution: boolean;
                                    contribution: number;
                                    /** @description What in the demand the reason refers to (its words, or labels of its fields) */
                                    demand: string[];
                                    /** @enum {string} */
                                    kind: "concepts" | "semantic" | "ipc" | "sei" | "industry" | "openLicence" | "legal" | "ownerRegion" | "readiness";
                                    /** @description What in the patent the reason refers to */
                                    patent: string[];
                                    text: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                score: number;
                                signals: {
                                    industry: {
                                        code: string | null;
                                        value: number;
                                    };
                                    ipc: {
                                        /** @enum {string} */
                                        how: "desired" | "predicted" | "none";
                                        subclass: string | null;
                                        /** @description Chinese title of the subclass (IPC 2026.01), null when unknown */
                                        title: string | null;
                                        value: number;
                                    };
                                    legal: {
                                        /** @enum {string} */
                                        status: "pending" | "in_force" | "lapsed" | "expired" | "invalidated" | "withdrawn" | "rejected" | "abandoned" | "unknown";
                                        value: number;
                                    };
                                    licence: {
                                        openLicence: boolean;
                                        preferred: boolean;
                                        value: number;
                                    };
                                    readiness: {
                                        trl: number | null;
                                        value: number;
                                    };
                                    region: {
                                        /** @enum {string} */
                                        level: "city" | "province" | "none";
                                        value: number;
                                    };
                                    sei: {
                                        code: string | null;
                                        /** @description Name of the strategic emerging industry category */
                                        name: string | null;
                                        value: number;
                                    };
                                };
                            }[];
                            /** @enum {string} */
                            mode: "hybrid" | "lexical";
                            patentId: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patents/{id}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 相似专利 Other catalogue patents on the same subject (public)
         * @description Hybrid retrieval: the patent’s stored embedding (nearest neighbours in the ANN index, nothing re-embedded) fused by reciprocal rank with BM25 over its title and abstract; a shared IPC subclass adds to the score. The patent itself (and other records of its application) is never listed. Lexical-only when there is no model or the patent has no vector yet (`mode`). Each item says why: shared concepts, semantic closeness, the same IPC subclass.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    id: number;
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
                                patent: {
                                    applicationNumber: string | null;
                                    id: number;
                                    /** @enum {string} */
                                    legalStatus: "pending" | "in_force" | "lapsed" | "expired" | "invalidated" | "withdrawn" | "rejected" | "abandoned" | "unknown";
                                    legalStatusLabel: {
                                        en: string;
                                        zh: string;
                                    };
                                    mainIpc: string | null;
                                    publicationNumber: string | null;
                                    title: string;
                                };
                                rank: number;
                                reasons: {
                                    /** @enum {string} */
                                    kind: "concepts" | "semantic" | "ipc";
                                    /** @description What in the patent asked about the reason refers to */
                                    patent: string[];
                                    /** @description What in the listed patent the reason refers to */
                                    similar: string[];
                                    text: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                /** @description The IPC subclass both patents are classified in */
                                sameSubclass: string | null;
                                /** @description 0–1: text relevance (weight 0.5) and a shared IPC subclass (0.3), scaled by their sum */
                                score: number;
                                text: {
                                    bm25Rank: number | null;
                                    bm25Score: number | null;
                                    denseRank: number | null;
                                    /** @description Cosine similarity of the embeddings */
                                    similarity: number | null;
                                    /** @description Fused text relevance 0–1 (reciprocal-rank fusion of BM25 and dense) */
                                    value: number;
                                };
                            }[];
                            /**
                             * @description hybrid: BM25 ⊕ the patent’s stored embedding; lexical: BM25 only (no model, or not embedded yet)
                             * @enum {string}
                             */
                            mode: "hybrid" | "lexical";
                            modeMessage: {
                                en: string;
                                zh: string;
                            };
                            patentId: number;
                            /** @description The patent’s words that were searched (title twice, abstract start once) */
                            terms: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patents/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 标引 Set industry (GB/T 4754), technical effects and TRL */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        industryCodes?: string[];
                        technicalEffects?: string[];
                        trl?: number | null;
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
                            abstract: string | null;
                            address: string | null;
                            applicants: string[];
                            applicantType: string | null;
                            applicantTypeLabel: string | null;
                            applicationNumber: string | null;
                            cpcCodes: string[];
                            /** @description Last day of the statutory term (Patent Law Art. 42) */
                            expiryDate: string | null;
                            feePaidUntil: string | null;
                            filingDate: string | null;
                            firstClaim: string | null;
                            grantDate: string | null;
                            grantNumber: string | null;
                            id: number;
                            industries: {
                                code: string;
                                name: string | null;
                            }[];
                            inventors: string[];
                            ipc: {
                                class: {
                                    code: string;
                                    title: string | null;
                                };
                                code: string;
                                mainGroup: {
                                    code: string;
                                    title: string | null;
                                } | null;
                                section: {
                                    code: string;
                                    title: string | null;
                                };
                                subclass: {
                                    code: string;
                                    title: string | null;
                                };
                            }[];
                            ipcCodes: string[];
                            legalEvents: string | null;
                            legalStatus: string;
                            legalStatusLabel: string;
                            legalStatusRaw: string | null;
                            licenceCount: number;
                            licenceDates: string[];
                            mainIpc: string | null;
                            organisations: {
                                id: number;
                                kind: string;
                                name: string;
                            }[];
                            patentees: string[];
                            pct: boolean;
                            pledgeCount: number;
                            pledgeDates: string[];
                            publicationDate: string | null;
                            publicationNumber: string | null;
                            region: {
                                cityCode: string | null;
                                cityName: string | null;
                                code: string;
                                provinceCode: string;
                                provinceName: string | null;
                            } | null;
                            sei: {
                                code: string;
                                domainCode: string;
                                domainName: string | null;
                                name: string | null;
                            }[];
                            source: string;
                            technicalEffects: string[];
                            title: string;
                            transferCount: number;
                            transferDates: string[];
                            trl: number | null;
                            type: string;
                            typeLabel: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/patents/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按号查询 Look a patent up by any number form */
        get: {
            parameters: {
                query: {
                    lang?: "zh" | "en";
                    number: string;
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
                            abstract: string | null;
                            address: string | null;
                            applicants: string[];
                            applicantType: string | null;
                            applicantTypeLabel: string | null;
                            applicationNumber: string | null;
                            cpcCodes: string[];
                            /** @description Last day of the statutory term (Patent Law Art. 42) */
                            expiryDate: string | null;
                            feePaidUntil: string | null;
                            filingDate: string | null;
                            firstClaim: string | null;
                            grantDate: string | null;
                            grantNumber: string | null;
                            id: number;
                            industries: {
                                code: string;
                                name: string | null;
                            }[];
                            inventors: string[];
                            ipc: {
                                class: {
                                    code: string;
                                    title: string | null;
                                };
                                code: string;
                                mainGroup: {
                                    code: string;
                                    title: string | null;
                                } | null;
                                section: {
                                    code: string;
                                    title: string | null;
                                };
                                subclass: {
                                    code: string;
                                    title: string | null;
                                };
                            }[];
                            ipcCodes: string[];
                            legalEvents: string | null;
                            legalStatus: string;
                            legalStatusLabel: string;
                            legalStatusRaw: string | null;
                            licenceCount: number;
                            licenceDates: string[];
                            mainIpc: string | null;
                            organisations: {
                                id: number;
                                kind: string;
                                name: string;
                            }[];
                            patentees: string[];
                            pct: boolean;
                            pledgeCount: number;
                            pledgeDates: string[];
                            publicationDate: string | null;
                            publicationNumber: string | null;
                            region: {
                                cityCode: string | null;
                                cityName: string | null;
                                code: string;
                                provinceCode: string;
                                provinceName: string | null;
                            } | null;
                            sei: {
                                code: string;
                                domainCode: string;
                                domainName: string | null;
                                name: string | null;
                            }[];
                            source: string;
                            technicalEffects: string[];
                            title: string;
                            transferCount: number;
                            transferDates: string[];
                            trl: number | null;
                            type: string;
                            typeLabel: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patents/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 专利目录检索 Search the patent catalogue
         * @description BM25 ranking on jieba-segmented title (×3), abstract and first claim; filters are OR within a facet, AND across facets; facet counts cover the whole result (drill-sideways). A query that is a patent number returns that patent.
         */
        get: {
            parameters: {
                query?: {
                    applicantType?: string[];
                    city?: string[];
                    filingYear?: string[];
                    industry?: string[];
                    ipcClass?: string[];
                    ipcSection?: string[];
                    lang?: "zh" | "en";
                    legalStatus?: string[];
                    organisation?: string[];
                    page?: number;
                    pageSize?: number;
                    province?: string[];
                    /** @description 中文检索词（标题、摘要、主权项），或任意形式的申请号/公开号 */
                    q?: string;
                    sei?: string[];
                    sort?: "relevance" | "filingDate" | "-filingDate" | "grantDate" | "-grantDate";
                    trl?: string[];
                    type?: string[];
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
                            exactMatch: boolean;
                            facets: {
                                applicantType: {
                                    count: number;
                                    label: string;
                                    value: string;
                                }[];
                                city: {
                                    count: number;
                                    label: string;
                                    value: string;
                                }[];
                                filingYear: {
                                    count: number;
                                    label: string;
                                    value: string;
                                }[];
                                industry: {
                                    count: number;
                                    label: string;
                                    value: string;
                                }[];
                                ipcClass: {
                                    count: number;
                                    label: string;
                                    value: string;
                                }[];
                                ipcSection: {
                                    count: number;
                                    label: string;
                                    value: string;
                                }[];
                                legalStatus: {
                                    count: number;
                                    label: string;
                                    value: string;
                                }[];
                                organisation: {
                                    count: number;
                                    label: string;
                                    value: string;
                                }[];
                                province: {
                                    count: number;
                                    label: string;
                                    value: string;
                                }[];
                                sei: {
                                    count: number;
                                    label: string;
                                    value: string;
                                }[];
                                trl: {
                                    count: number;
                                    label: string;
                                    value: string;
                                }[];
                                type: {
                                    count: number;
                                    label: string;
                                    value: string;
                                }[];
                            };
                            items: {
                                applicationNumber: string | null;
                                filingDate: string | null;
                                grantDate: string | null;
                                grantNumber: string | null;
                                id: number;
                                /** @enum {string} */
                                legalStatus: "pending" | "in_force" | "lapsed" | "expired" | "invalidated" | "withdrawn" | "rejected" | "abandoned" | "unknown";
                                legalStatusLabel: string;
                                mainIpc: string | null;
                                patentees: string[];
                                publicationNumber: string | null;
                                regionName: string | null;
                                score: number | null;
                                /** @description HTML-escaped abstract window; only <mark> tags */
                                snippet: string;
                                title: string;
                                /** @description HTML-escaped title; only <mark> tags */
                                titleHighlight: string;
                                /** @enum {string} */
                                type: "invention" | "utility_model" | "design";
                            }[];
                            page: number;
                            pageSize: number;
                            query: string;
                            relaxed: boolean;
                            terms: string[];
                            tookMs: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/industries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GB/T 4754-2017 industries (国民经济行业分类)
         * @description Without q: the children of `parent` (the 20 sections without it). With q: names containing q or codes starting with it.
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    parent?: string;
                    q?: string;
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
                                code: string;
                                /** @enum {string} */
                                level: "section" | "division" | "group" | "class";
                                name: string;
                                parent: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/ipc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Browse or search IPC codes
         * @description Without q: the children of `parent` (the 8 sections without it). With q: codes starting with q when it looks like a code ('H04N', 'G06F16/3'), otherwise titles containing q, within `parent`'s subtree when given.
         */
        get: {
            parameters: {
                query?: {
                    level?: "section" | "class" | "subclass" | "main_group" | "subgroup";
                    page?: number;
                    pageSize?: number;
                    parent?: string;
                    q?: string;
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
                                code: string;
                                /** @enum {string} */
                                level: "section" | "class" | "subclass" | "main_group" | "subgroup";
                                parent: string | null;
                                title: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/ipc/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One IPC entry with its title, ancestors and children
         * @description The code in any usual form ('H04N5/225', 'H04N 5/225', 'h04n5/225'); encode '/' as %2F, or write the path as /reference/ipc/H04N5/225.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
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
                            /** @description Section, class, subclass, main group, then the subgroups whose number this code extends. */
                            ancestors: {
                                code: string;
                                /** @enum {string} */
                                level: "section" | "class" | "subclass" | "main_group" | "subgroup";
                                parent: string | null;
                                title: string;
                            }[];
                            /** @description Main groups of a subclass, all subgroups of a main group (the source has no dot depth), or for a subgroup the subgroups that extend its number. */
                            children: {
                                code: string;
                                /** @enum {string} */
                                level: "section" | "class" | "subclass" | "main_group" | "subgroup";
                                parent: string | null;
                                title: string;
                            }[];
                            code: string;
                            /** @enum {string} */
                            level: "section" | "class" | "subclass" | "main_group" | "subgroup";
                            parent: string | null;
                            title: string;
                            /** @description The source lost this title; `title` is a placeholder. */
                            titleMissing: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GB/T 2260 administrative divisions (provinces, or the subdivisions of `parent`) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    parent?: string;
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
                                code: string;
                                /** @enum {string} */
                                level: "province" | "city" | "county";
                                name: string;
                                parent: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/sei": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 战略性新兴产业分类（2018）: the 9 domains and their categories */
        get: {
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
                            items: {
                                children: {
                                    code: string;
                                    name: string;
                                    /** @description Page of the SEI–IPC concordance table */
                                    page: number | null;
                                    ruleCount: number;
                                }[];
                                code: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/sei/match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SEI categories of IPC codes, with the concordance rule behind each
         * @description Repeat `ipc` (ipc=G06F3/0416&ipc=H04W4/02) or separate codes with commas. `codes` is the patent-level result: every category and its domain. Wildcards, exclusions and exact codes are read as documented in seiConcordance.ts.
         */
        get: {
            parameters: {
                query: {
                    /** @description 1–50 IPC codes */
                    ipc: string | string[];
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
                            codes: string[];
                            items: {
                                categories: {
                                    code: string;
                                    domain: {
                                        code: string;
                                        name: string;
                                    };
                                    hits: {
                                        /** @enum {string} */
                                        how: "wildcard" | "exact" | "subdivision";
                                        keywords: string | null;
                                        page: number | null;
                                        pattern: string;
                                        ruleId: number;
                                        seiCode: string;
                                    }[];
                                    name: string;
                                }[];
                                excluded: {
                                    exclusion: string;
                                    page: number | null;
                                    pattern: string;
                                    ruleId: number;
                                    seiCode: string;
                                }[];
                                input: string;
                                ipc: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 目录概况 Headline figures of the catalogue */
        get: {
            parameters: {
                query?: {
                    lang?: "zh" | "en";
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
                            byLegalStatus: {
                                count: number;
                                label: string;
                                value: string;
                            }[];
                            byProvince: {
                                count: number;
                                label: string;
                                value: string;
                            }[];
                            bySection: {
                                count: number;
                                label: string;
                                value: string;
                            }[];
                            bySei: {
                                count: number;
                                label: string;
                                value: string;
                            }[];
                            byType: {
                                count: number;
                                label: string;
                                value: string;
                            }[];
                            indexedDocuments: number;
                            inForce: number;
                            latestImports: {
                                accepted: number;
                                fileName: string;
                                id: number;
                                rejectedCount: number;
                                startedAt: string;
                                status: string;
                            }[];
                            organisations: number;
                            patents: number;
                            universities: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的订阅 My subscriptions */
        get: {
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
                            active: boolean;
                            createdAt: string;
                            demandId: number | null;
                            /** @enum {string} */
                            email: "none" | "immediate" | "daily";
                            filters: {
                                [key: string]: string[];
                            };
                            id: number;
                            /** @enum {string} */
                            kind: "demand" | "search" | "patent";
                            label: string;
                            patentId: number | null;
                            query: string | null;
                            topK: number;
                            webhookId: number | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 订阅 Follow a demand (new matching patents), a saved search (new patents) or a patent (new matching demands) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        demandId?: number;
                        /**
                         * @description E-mail: none, immediate, or in the daily digest
                         * @default daily
                         * @enum {string}
                         */
                        email?: "none" | "immediate" | "daily";
                        /** @description Catalogue filters of a saved search: type, legalStatus, ipcSection, ipcClass, sei, province, city, applicantType, organisation, filingYear, industry, trl */
                        filters?: {
                            [key: string]: string[];
                        };
                        /** @enum {string} */
                        kind: "demand" | "search" | "patent";
                        label?: string;
                        patentId?: number;
                        query?: string;
                        /**
                         * @description How far down the ranking counts as a match
                         * @default 20
                         */
                        topK?: number;
                        webhookId?: number | null;
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
                            active: boolean;
                            createdAt: string;
                            demandId: number | null;
                            /** @enum {string} */
                            email: "none" | "immediate" | "daily";
                            filters: {
                                [key: string]: string[];
                            };
                            id: number;
                            /** @enum {string} */
                            kind: "demand" | "search" | "patent";
                            label: string;
                            patentId: number | null;
                            query: string | null;
                            topK: number;
                            webhookId: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 取消订阅 Delete a subscription */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** 修改订阅 Change label, depth, e-mail, webhook; pause or resume */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /** @enum {string} */
                        email?: "none" | "immediate" | "daily";
                        label?: string;
                        topK?: number;
                        webhookId?: number | null;
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
                            active: boolean;
                            createdAt: string;
                            demandId: number | null;
                            /** @enum {string} */
                            email: "none" | "immediate" | "daily";
                            filters: {
                                [key: string]: string[];
                            };
                            id: number;
                            /** @enum {string} */
                            kind: "demand" | "search" | "patent";
                            label: string;
                            patentId: number | null;
                            query: string | null;
                            topK: number;
                            webhookId: number | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (administrators: another user’s with userId) */
        get: {
            parameters: {
                query?: {
                    userId?: number;
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
                                createdAt: string;
                                expiresAt: string | null;
                                id: number;
                                lastUsedAt: string | null;
                                name: string;
                                prefix: string;
                                revoked: boolean;
                                scopes: ("catalogue:read" | "catalogue:write" | "open-licence:write" | "demands:read" | "demands:write" | "audit:read" | "admin")[];
                                userId: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API token for yourself; the token is shown only in this response */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expiresInDays?: number | null;
                        name: string;
                        scopes: ("catalogue:read" | "catalogue:write" | "open-licence:write" | "demands:read" | "demands:write" | "audit:read" | "admin")[];
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
                            createdAt: string;
                            expiresAt: string | null;
                            id: number;
                            lastUsedAt: string | null;
                            name: string;
                            prefix: string;
                            revoked: boolean;
                            scopes: ("catalogue:read" | "catalogue:write" | "open-licence:write" | "demands:read" | "demands:write" | "audit:read" | "admin")[];
                            token: string;
                            userId: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users (platform administrators: all; organisation administrators: their organisation) */
        get: {
            parameters: {
                query?: {
                    includeDisabled?: "true" | "false";
                    organisationId?: number;
                    page?: number;
                    pageSize?: number;
                    q?: string;
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
                                createdAt: string;
                                disabled: boolean;
                                displayName: string;
                                email: string;
                                hasPassword: boolean;
                                id: number;
                                isPlatformAdmin: boolean;
                                lastSignInAt: string | null;
                                mustChangePassword: boolean;
                                organisationId: number | null;
                                /** @enum {string|null} */
                                organisationKind: "university" | "institute" | "enterprise" | "service_organisation" | "government" | "bank" | "other" | null;
                                organisationName: string | null;
                                /** @enum {string} */
                                role: "admin" | "member";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a user; without a password an invitation e-mail lets them choose one */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        /** Format: email */
                        email: string;
                        /** @default false */
                        isPlatformAdmin?: boolean;
                        organisationId: number | null;
                        /** @description Must be changed at first sign-in */
                        password?: string;
                        /**
                         * @default member
                         * @enum {string}
                         */
                        role?: "admin" | "member";
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
                            invitationSent: boolean;
                            user: {
                                createdAt: string;
                                disabled: boolean;
                                displayName: string;
                                email: string;
                                hasPassword: boolean;
                                id: number;
                                isPlatformAdmin: boolean;
                                lastSignInAt: string | null;
                                mustChangePassword: boolean;
                                organisationId: number | null;
                                /** @enum {string|null} */
                                organisationKind: "university" | "institute" | "enterprise" | "service_organisation" | "government" | "bank" | "other" | null;
                                organisationName: string | null;
                                /** @enum {string} */
                                role: "admin" | "member";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            createdAt: string;
                            disabled: boolean;
                            displayName: string;
                            email: string;
                            hasPassword: boolean;
                            id: number;
                            isPlatformAdmin: boolean;
                            lastSignInAt: string | null;
                            mustChangePassword: boolean;
                            organisationId: number | null;
                            /** @enum {string|null} */
                            organisationKind: "university" | "institute" | "enterprise" | "service_organisation" | "government" | "bank" | "other" | null;
                            organisationName: string | null;
                            /** @enum {string} */
                            role: "admin" | "member";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Disable a user (accounts are kept for the audit log) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a user (name, organisation, role, platform administrator, disabled) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Disabling ends the user’s sessions and revokes their tokens */
                        disabled?: boolean;
                        displayName?: string;
                        isPlatformAdmin?: boolean;
                        organisationId?: number | null;
                        /** @enum {string} */
                        role?: "admin" | "member";
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
                            createdAt: string;
                            disabled: boolean;
                            displayName: string;
                            email: string;
                            hasPassword: boolean;
                            id: number;
                            isPlatformAdmin: boolean;
                            lastSignInAt: string | null;
                            mustChangePassword: boolean;
                            organisationId: number | null;
                            /** @enum {string|null} */
                            organisationKind: "university" | "institute" | "enterprise" | "service_organisation" | "government" | "bank" | "other" | null;
                            organisationName: string | null;
                            /** @enum {string} */
                            role: "admin" | "member";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/password-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** E-mail the user a password-reset link (or a new invitation) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            /** @enum {boolean} */
                            queued: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a sign-in lock-out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的推送地址 My webhooks
         * @description Each delivery is a POST of a JSON body with the headers `x-zhuanhua-event` (notification.created | webhook.ping), `x-zhuanhua-delivery` (delivery id) and `x-zhuanhua-signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. Verify by recomputing the HMAC with the secret shown at creation, comparing in constant time, and refusing timestamps older than 5 minutes. A 2xx answer is success; 5xx, time-outs (10 s) and network errors are retried (30 s, 2 min, 8 min, 32 min, ~2 h; 6 attempts), other 4xx answers (except 408/429) are not.
         */
        get: {
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
                            active: boolean;
                            createdAt: string;
                            disabledAt: string | null;
                            id: number;
                            url: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /**
         * 添加推送地址 Register a webhook; the signing secret is shown once
         * @description Each delivery is a POST of a JSON body with the headers `x-zhuanhua-event` (notification.created | webhook.ping), `x-zhuanhua-delivery` (delivery id) and `x-zhuanhua-signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. Verify by recomputing the HMAC with the secret shown at creation, comparing in constant time, and refusing timestamps older than 5 minutes. A 2xx answer is success; 5xx, time-outs (10 s) and network errors are retried (30 s, 2 min, 8 min, 32 min, ~2 h; 6 attempts), other 4xx answers (except 408/429) are not.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        url: string;
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
                            active: boolean;
                            createdAt: string;
                            disabledAt: string | null;
                            id: number;
                            /** @description Shown once: keep it to verify deliveries */
                            secret: string;
                            url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 停用推送地址 Disable a webhook (pending deliveries are dropped) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            active: boolean;
                            createdAt: string;
                            disabledAt: string | null;
                            id: number;
                            url: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 推送记录 The latest 100 deliveries of a webhook, with attempts and errors */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            attempts: number;
                            createdAt: string;
                            deliveredAt: string | null;
                            event: string;
                            id: number;
                            lastError: string | null;
                            lastStatusCode: number | null;
                            nextAttemptAt: string;
                            notificationId: number | null;
                            /** @enum {string} */
                            status: "pending" | "delivered" | "failed";
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 测试推送 Queue a signed webhook.ping */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
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
                            deliveryId: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
