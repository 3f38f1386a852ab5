/**
 * Generated from /api/openapi.json by src/server/api-types.ts (npm run build): do not edit.
 */

export interface paths {
    "/api/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts, the date range, and the values each filter can take */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            articles: number;
                            events: number;
                            disputes: number;
                            series: number;
                            checks: number;
                            entities: number;
                            date_min: string | null;
                            date_max: string | null;
                            event_types: string[];
                            outlets: string[];
                            sides: string[];
                            statuses: string[];
                            control_snapshots: string[];
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
    "/api/control": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The territorial-control snapshot in force on a day, as a GeoJSON FeatureCollection */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM-DD */
                    date: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            type: "FeatureCollection";
                            time: string;
                            features: {
                                type: string;
                                geometry: {
                                    [key: string]: unknown;
                                };
                                properties: {
                                    status: string;
                                    name: string | null;
                                };
                            }[];
                        };
                    };
                };
                /** @description The request is invalid; the message says which field and why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
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
    "/api/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List articles */
        get: {
            parameters: {
                query?: {
                    outlet?: string;
                    /** @description at most this many items */
                    limit?: number;
                    /** @description skip this many items */
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            limit: number;
                            offset: number;
                            /** @description the version of the corpus the answer was cut from: it grows each time the server takes a changed corpus; also sent as the ETag. Send it as `since` to GET /api/events to get only what changed after it */
                            version: number;
                            articles: {
                                id: string;
                                path: string;
                                format: string;
                                title: string | null;
                                url: string | null;
                                outlet: string | null;
                                published: string | null;
                                published_on_or_after: string | null;
                                wire: string[];
                                language: string | null;
                                duplicate_of: string | null;
                            }[];
                        };
                    };
                };
                /** @description Not Modified: If-None-Match named the version served (the ETag); no body */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is invalid; the message says which field and why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an article (needs --allow-write and the bearer token): runs the pipeline and answers with what it found */
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
                        /** @description the article body, plain text */
                        text: string;
                        title?: string | null;
                        url?: string | null;
                        outlet?: string | null;
                        /** @description publication date, YYYY-MM-DD */
                        published?: string;
                        /** @description where the article came from (default: api:<id>) */
                        path?: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            duplicate: boolean;
                            article: {
                                id: string;
                                path: string;
                                format: string;
                                title: string | null;
                                url: string | null;
                                outlet: string | null;
                                published: string | null;
                                published_on_or_after: string | null;
                                wire: string[];
                                language: string | null;
                                duplicate_of: string | null;
                            };
                            found: {
                                sentences: number;
                                toponyms: number;
                                places: number;
                                entities: number;
                                claims: number;
                                quantities: number;
                                timexes: number;
                                event_mentions: number;
                                checks: number;
                            };
                            events: {
                                id: string;
                                event_type: string;
                                sub_event_type: string;
                                actor1: string | null;
                                actor2: string | null;
                                location: string | null;
                                geonameid: number | null;
                                lat: number | null;
                                lon: number | null;
                                geo_precision: number;
                                date: string | null;
                                time_precision: number;
                                fatalities: number | null;
                                corroboration: number;
                                outlets: string[];
                                sides: string[];
                                status: string;
                                confidence: number;
                                reports: number;
                            }[];
                            disputes: {
                                id: string;
                                /** @enum {string} */
                                kind: "contradiction" | "series";
                                topic: string;
                                claims: {
                                    articleId: string;
                                    path: string;
                                    claimId: string | null;
                                    speaker: string | null;
                                    side: string | null;
                                    outlet: string | null;
                                    title: string | null;
                                    date: string | null;
                                    /** @description A half-open range of UTF-16 code units into the article text. */
                                    span: {
                                        start: number;
                                        end: number;
                                        text: string;
                                    };
                                    value: number | null;
                                }[];
                            }[];
                            messages: {
                                stage: string;
                                severity: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The request is invalid; the message says which field and why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Missing or wrong bearer token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description The server is read-only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description The body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
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
    "/api/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One article: its text, its annotated spans with what each fed, its events, disputes and checks */
        get: {
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
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            article: {
                                id: string;
                                path: string;
                                format: string;
                                title: string | null;
                                url: string | null;
                                outlet: string | null;
                                published: string | null;
                                published_on_or_after: string | null;
                                wire: string[];
                                language: string | null;
                                duplicate_of: string | null;
                                text: string;
                                messages: {
                                    stage: string;
                                    severity: string;
                                    message: string;
                                }[];
                            };
                            annotations: {
                                start: number;
                                end: number;
                                /** @enum {string} */
                                kind: "toponym" | "entity" | "quantity" | "timex" | "source" | "cue" | "content" | "trigger" | "non_event" | "check";
                                label: string;
                                links: {
                                    kind: string;
                                    id: string;
                                    label: string;
                                }[];
                            }[];
                            events: {
                                id: string;
                                event_type: string;
                                sub_event_type: string;
                                actor1: string | null;
                                actor2: string | null;
                                location: string | null;
                                geonameid: number | null;
                                lat: number | null;
                                lon: number | null;
                                geo_precision: number;
                                date: string | null;
                                time_precision: number;
                                fatalities: number | null;
                                corroboration: number;
                                outlets: string[];
                                sides: string[];
                                status: string;
                                confidence: number;
                                reports: number;
                            }[];
                            disputes: {
                                id: string;
                                /** @enum {string} */
                                kind: "contradiction" | "series";
                                topic: string;
                                claims: {
                                    articleId: string;
                                    path: string;
                                    claimId: string | null;
                                    speaker: string | null;
                                    side: string | null;
                                    outlet: string | null;
                                    title: string | null;
                                    date: string | null;
                                    /** @description A half-open range of UTF-16 code units into the article text. */
                                    span: {
                                        start: number;
                                        end: number;
                                        text: string;
                                    };
                                    value: number | null;
                                }[];
                            }[];
                            checks: {
                                id: string;
                                kind: string;
                                articleId: string;
                                /** @description A half-open range of UTF-16 code units into the article text. */
                                span: {
                                    start: number;
                                    end: number;
                                    text: string;
                                };
                                stated: string;
                                computed: string | null;
                                verdict: string;
                                explanation: string;
                                eventId: string | null;
                                claimId: string | null;
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description The request is invalid; the message says which field and why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
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
    "/api/settlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The most populous settlements of the gazetteer inside a box, largest first: the basemap's labels */
        get: {
            parameters: {
                query: {
                    /** @description west,south,east,north in degrees: longitudes in [-180, 180], latitudes in [-90, 90], south ≤ north; west > east crosses the antimeridian (RFC 7946 §5.2) */
                    bbox: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            settlements: {
                                geonameid: number;
                                name: string;
                                lat: number;
                                lon: number;
                                population: number;
                            }[];
                        };
                    };
                };
                /** @description The request is invalid; the message says which field and why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
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
    "/api/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List resolved places with their spellings and counts (most mentioned first) */
        get: {
            parameters: {
                query?: {
                    /** @description ISO 3166-1 alpha-2 code */
                    country?: string;
                    /** @description part of the name or of a spelling met */
                    q?: string;
                    /** @description at most this many items */
                    limit?: number;
                    /** @description skip this many items */
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            limit: number;
                            offset: number;
                            /** @description the version of the corpus the answer was cut from: it grows each time the server takes a changed corpus; also sent as the ETag. Send it as `since` to GET /api/events to get only what changed after it */
                            version: number;
                            places: {
                                place: {
                                    geonameid: number;
                                    name: string;
                                    featureClass: string;
                                    feature: string;
                                    country: string;
                                    admin1: string | null;
                                    admin1Name: string | null;
                                    admin2: string | null;
                                    lat: number;
                                    lon: number;
                                    population: number;
                                } | null;
                                spellings: string[];
                                mentions: number;
                                articles: number;
                                events: number;
                            }[];
                        };
                    };
                };
                /** @description Not Modified: If-None-Match named the version served (the ETag); no body */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is invalid; the message says which field and why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
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
    "/api/places/{geonameid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One place with its spellings and the events anchored on it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    geonameid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            place: {
                                geonameid: number;
                                name: string;
                                featureClass: string;
                                feature: string;
                                country: string;
                                admin1: string | null;
                                admin1Name: string | null;
                                admin2: string | null;
                                lat: number;
                                lon: number;
                                population: number;
                            } | null;
                            spellings: string[];
                            mentions: number;
                            articles: number;
                            events: number;
                            event_list: {
                                id: string;
                                event_type: string;
                                sub_event_type: string;
                                actor1: string | null;
                                actor2: string | null;
                                location: string | null;
                                geonameid: number | null;
                                lat: number | null;
                                lon: number | null;
                                geo_precision: number;
                                date: string | null;
                                time_precision: number;
                                fatalities: number | null;
                                corroboration: number;
                                outlets: string[];
                                sides: string[];
                                status: string;
                                confidence: number;
                                reports: number;
                            }[];
                        };
                    };
                };
                /** @description The request is invalid; the message says which field and why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
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
    "/api/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List entities (people, organisations, groups, media) */
        get: {
            parameters: {
                query?: {
                    type?: "person" | "organization" | "group" | "media";
                    side?: string;
                    /** @description part of the canonical name or of a variant */
                    q?: string;
                    /** @description at most this many items */
                    limit?: number;
                    /** @description skip this many items */
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            limit: number;
                            offset: number;
                            /** @description the version of the corpus the answer was cut from: it grows each time the server takes a changed corpus; also sent as the ETag. Send it as `since` to GET /api/events to get only what changed after it */
                            version: number;
                            entities: {
                                id: string;
                                type: string;
                                canonical: string;
                                variants: string[];
                                side: string | null;
                                sideEvidence: string | null;
                                role: string | null;
                                mentions: number;
                            }[];
                        };
                    };
                };
                /** @description Not Modified: If-None-Match named the version served (the ETag); no body */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is invalid; the message says which field and why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
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
    "/api/entities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One entity */
        get: {
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
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entity: {
                                id: string;
                                type: string;
                                canonical: string;
                                variants: string[];
                                side: string | null;
                                sideEvidence: string | null;
                                role: string | null;
                                mentions: number;
                            };
                        };
                    };
                };
                /** @description The request is invalid; the message says which field and why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
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
    "/api/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List attributed claims */
        get: {
            parameters: {
                query?: {
                    /** @description article id */
                    article?: string;
                    /** @description part of the speaker's canonical name */
                    speaker?: string;
                    side?: string;
                    /** @description unconfirmed, denied, hedged, disputed, predicted */
                    hedge?: string;
                    /** @description at most this many items */
                    limit?: number;
                    /** @description skip this many items */
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            limit: number;
                            offset: number;
                            /** @description the version of the corpus the answer was cut from: it grows each time the server takes a changed corpus; also sent as the ETag. Send it as `since` to GET /api/events to get only what changed after it */
                            version: number;
                            claims: {
                                id: string;
                                articleId: string;
                                kind: string;
                                /** @description A half-open range of UTF-16 code units into the article text. */
                                source: {
                                    start: number;
                                    end: number;
                                    text: string;
                                } | null;
                                /** @description A half-open range of UTF-16 code units into the article text. */
                                cue: {
                                    start: number;
                                    end: number;
                                    text: string;
                                } | null;
                                /** @description A half-open range of UTF-16 code units into the article text. */
                                content: {
                                    start: number;
                                    end: number;
                                    text: string;
                                };
                                speaker: {
                                    entity: string | null;
                                    canonical: string;
                                    side: string | null;
                                } | null;
                                hedge: string | null;
                                quantities: {
                                    start: number;
                                    end: number;
                                    text: string;
                                    value: number;
                                    unit: string;
                                    si_value: number;
                                    si_unit: string;
                                    qualifier: string | null;
                                    counts: string | null;
                                }[];
                                dates: {
                                    start: number;
                                    end: number;
                                    text: string;
                                    date: string;
                                    endDate: string | null;
                                    precision: string;
                                    time_precision: number;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Not Modified: If-None-Match named the version served (the ETag); no body */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is invalid; the message says which field and why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
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
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List fused events, filtered and paginated (sorted by date) */
        get: {
            parameters: {
                query?: {
                    /** @description only events changed (added, or their record or sides changed) after this version, the `version` of an earlier answer; with the other filters and paging as usual, and `removed` listing the ids to drop. A version from before the server started gives every event with `full: true`; one above the version served is refused */
                    since?: number;
                    /** @description first day (YYYY-MM-DD, a real calendar day), inclusive; not after `to` */
                    from?: string;
                    /** @description last day (YYYY-MM-DD, a real calendar day), inclusive */
                    to?: string;
                    /** @description west,south,east,north in degrees: longitudes in [-180, 180], latitudes in [-90, 90], south ≤ north; west > east crosses the antimeridian (RFC 7946 §5.2) */
                    bbox?: string;
                    /** @description ACLED event_type, any case; several separated by commas: Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments */
                    event_type?: string;
                    /** @description ACLED sub_event_type, any case; several separated by commas: Armed clash, Government regains territory, Non-state actor overtakes territory, Chemical weapon, Air/drone strike, Suicide bomb, Shelling/artillery/missile attack, Remote explosive/landmine/IED, Grenade, Sexual violence, Attack, Abduction/forced disappearance, Peaceful protest, Protest with intervention, Excessive force against protesters, Violent demonstration, Mob violence, Agreement, Arrests, Change to group/activity, Disrupted weapons use, Headquarters or base established, Looting/property destruction, Non-violent transfer of territory, Other */
                    sub_event_type?: string;
                    /** @description outlets carrying a report; several separated by commas */
                    outlet?: string;
                    /** @description a claimant's side, any case: a side a conflict profile defines (a state's side includes the administrations it installed); several separated by commas */
                    side?: string;
                    /** @description reported, claimed, disputed or hedged, any case; several separated by commas */
                    status?: string;
                    /** @description at least this many independent outlets */
                    min_corroboration?: number;
                    /** @description GeoNames id of the place */
                    place?: number;
                    /** @description at most this many items */
                    limit?: number;
                    /** @description skip this many items */
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            limit: number;
                            offset: number;
                            /** @description the version of the corpus the answer was cut from: it grows each time the server takes a changed corpus; also sent as the ETag. Send it as `since` to GET /api/events to get only what changed after it */
                            version: number;
                            /** @description true when the answer is every matching event, not changes: without `since`, or with a `since` from before the server started (a restart); a client then drops what it held */
                            full: boolean;
                            /** @description with `since`: the ids to drop — events removed after it, and events added or changed after it that the filters do not match (a client ignores an id it does not hold). Not paged */
                            removed: string[];
                            events: {
                                id: string;
                                event_type: string;
                                sub_event_type: string;
                                actor1: string | null;
                                actor2: string | null;
                                location: string | null;
                                geonameid: number | null;
                                lat: number | null;
                                lon: number | null;
                                geo_precision: number;
                                date: string | null;
                                time_precision: number;
                                fatalities: number | null;
                                corroboration: number;
                                outlets: string[];
                                sides: string[];
                                status: string;
                                confidence: number;
                                reports: number;
                            }[];
                        };
                    };
                };
                /** @description Not Modified: If-None-Match named the version served (the ETag); no body */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is invalid; the message says which field and why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
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
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One fused event with its reports side by side, its checks and its disputes */
        get: {
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
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description One real-world event fused from the reports of many articles (ACLED fields plus evidence). */
                            event: {
                                id: string;
                                event_type: string;
                                sub_event_type: string;
                                actor1: string | null;
                                actor2: string | null;
                                place: {
                                    geonameid: number;
                                    name: string;
                                    featureClass: string;
                                    feature: string;
                                    country: string;
                                    admin1: string | null;
                                    admin1Name: string | null;
                                    admin2: string | null;
                                    lat: number;
                                    lon: number;
                                    population: number;
                                } | null;
                                location: string | null;
                                geo_precision: number;
                                date: string | null;
                                time_precision: number;
                                fatalities: number | null;
                                injured: number | null;
                                reports: {
                                    articleId: string;
                                    path: string;
                                    outlet: string | null;
                                    mentionId: string;
                                    /** @description A half-open range of UTF-16 code units into the article text. */
                                    sentence: {
                                        start: number;
                                        end: number;
                                        text: string;
                                    };
                                    claimant: string | null;
                                    hedge: string | null;
                                    date: string | null;
                                }[];
                                outlets: string[];
                                corroboration: number;
                                corroboration_basis: string;
                                firstReported: string | null;
                                lastReported: string | null;
                                disagreements: {
                                    field: string;
                                    values: {
                                        value: string | number | null;
                                        articleId: string;
                                        outlet: string | null;
                                        claimant: string | null;
                                    }[];
                                }[];
                                status: string;
                                confidence: number;
                                notes: string;
                            };
                            sides: string[];
                            reports: {
                                articleId: string;
                                path: string;
                                title: string | null;
                                outlet: string | null;
                                published: string | null;
                                date: string | null;
                                claimant: string | null;
                                side: string | null;
                                hedge: string | null;
                                /** @description A half-open range of UTF-16 code units into the article text. */
                                sentence: {
                                    start: number;
                                    end: number;
                                    text: string;
                                };
                                highlights: {
                                    start: number;
                                    end: number;
                                    kind: string;
                                    label: string;
                                }[];
                            }[];
                            checks: {
                                id: string;
                                kind: string;
                                articleId: string;
                                /** @description A half-open range of UTF-16 code units into the article text. */
                                span: {
                                    start: number;
                                    end: number;
                                    text: string;
                                };
                                stated: string;
                                computed: string | null;
                                verdict: string;
                                explanation: string;
                                eventId: string | null;
                                claimId: string | null;
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            disputes: {
                                id: string;
                                /** @enum {string} */
                                kind: "contradiction" | "series";
                                topic: string;
                                claims: {
                                    articleId: string;
                                    path: string;
                                    claimId: string | null;
                                    speaker: string | null;
                                    side: string | null;
                                    outlet: string | null;
                                    title: string | null;
                                    date: string | null;
                                    /** @description A half-open range of UTF-16 code units into the article text. */
                                    span: {
                                        start: number;
                                        end: number;
                                        text: string;
                                    };
                                    value: number | null;
                                }[];
                            }[];
                            /** @description What the control maps show at the event's place, snapshot by snapshot, as runs of one status (null without a place or maps); apart from the event's own checks */
                            place_control: {
                                place: string;
                                geonameid: number;
                                runs: {
                                    /** @enum {string} */
                                    status: "occupied" | "contested" | "liberated" | "none";
                                    /** @description time of the first snapshot of the run (ISO 8601) */
                                    from: string;
                                    /** @description time of the last snapshot of the run (ISO 8601) */
                                    to: string;
                                    snapshots: number;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description The request is invalid; the message says which field and why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
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
    "/api/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List disputes (contradictions) and series */
        get: {
            parameters: {
                query?: {
                    kind?: "contradiction" | "series";
                    /** @description at most this many items */
                    limit?: number;
                    /** @description skip this many items */
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            limit: number;
                            offset: number;
                            /** @description the version of the corpus the answer was cut from: it grows each time the server takes a changed corpus; also sent as the ETag. Send it as `since` to GET /api/events to get only what changed after it */
                            version: number;
                            disputes: {
                                id: string;
                                /** @enum {string} */
                                kind: "contradiction" | "series";
                                topic: string;
                                claims: {
                                    articleId: string;
                                    path: string;
                                    claimId: string | null;
                                    speaker: string | null;
                                    side: string | null;
                                    outlet: string | null;
                                    title: string | null;
                                    date: string | null;
                                    /** @description A half-open range of UTF-16 code units into the article text. */
                                    span: {
                                        start: number;
                                        end: number;
                                        text: string;
                                    };
                                    value: number | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Not Modified: If-None-Match named the version served (the ETag); no body */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is invalid; the message says which field and why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
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
    "/api/disputes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One dispute or series with its claims */
        get: {
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
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Contradicting claims about one topic, or a series: one quantity reported over time. */
                            dispute: {
                                id: string;
                                /** @enum {string} */
                                kind: "contradiction" | "series";
                                topic: string;
                                claims: {
                                    articleId: string;
                                    path: string;
                                    claimId: string | null;
                                    speaker: string | null;
                                    side: string | null;
                                    outlet: string | null;
                                    title: string | null;
                                    date: string | null;
                                    /** @description A half-open range of UTF-16 code units into the article text. */
                                    span: {
                                        start: number;
                                        end: number;
                                        text: string;
                                    };
                                    value: number | null;
                                }[];
                            };
                        };
                    };
                };
                /** @description The request is invalid; the message says which field and why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
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
