/**
 * What a status means and when to expect it: for developers reading logs, docs and tools.
 * Frozen.
 */
export interface StatusDescription {
  readonly description: string
  readonly whenToExpect: string
}

// One row per registered code. The texts of 200, 400, 401, 403, 404, 405, 429, 500, 502, 503 and 504 are the
// product owner's own words and must stay verbatim; the others are short texts of the kit's own.
// This file is its own bundle entry (`@statuskit/core/descriptions`), so none of it lands in an app that only
// renders pages.
const descriptions: readonly (readonly [code: number, description: string, whenToExpect: string])[] = [
  [
    100,
    'The server received the request headers and the client may go on to send the body.',
    'Only when a client sends `Expect: 100-continue`; fetch and browsers handle it, so application code does not see it.',
  ],
  [
    101,
    'The server agrees to switch to the protocol the client asked for in its Upgrade header.',
    'When a WebSocket or another protocol upgrade is opened; fetch does not expose it.',
  ],
  [
    102,
    'An interim response: the server accepted the request and is still working on it (WebDAV).',
    'Rarely, before a slow WebDAV operation completes; fetch does not expose it.',
  ],
  [
    103,
    'An interim response with Link headers, so the client can preload resources before the final response arrives.',
    'From servers and CDNs that send preload hints; browsers use them and fetch does not expose them.',
  ],
  [
    200,
    'The request was successful, and the server responded with the requested data. This is the standard response for successful HTTP requests.',
    'Whenever an API call is handled correctly and returns the expected result. For example, a successful GET, POST, PUT, or DELETE request will typically return 200 OK (though POST may also return 201 Created).',
  ],
  [
    201,
    'The request succeeded and created a new resource, usually identified by the Location header.',
    'After a POST (or PUT) that creates something, such as a new user or order.',
  ],
  [
    202,
    'The request was accepted for processing, but the processing has not finished yet.',
    'For work done asynchronously: poll a status endpoint or wait for a notification to learn the outcome.',
  ],
  [
    203,
    'The request succeeded, but a transforming proxy changed the payload the origin server sent.',
    'Rarely, behind proxies that rewrite responses.',
  ],
  [
    204,
    'The request succeeded and there is no body to return.',
    'After a DELETE, or an update that returns nothing.',
  ],
  [
    205,
    'The request succeeded and the client should reset its view of the document, for example clear a form.',
    'Rarely, after a form submission that expects the form to be cleared.',
  ],
  [
    206,
    "The server is sending only the part of the resource that the request's Range header asked for.",
    'For range requests: resumable downloads, audio and video streaming.',
  ],
  [
    207,
    'The body holds a separate status for each of several operations (WebDAV).',
    'From WebDAV servers and some batch APIs: check each entry of the body, not only the overall status.',
  ],
  [
    208,
    'Members of this collection were already listed earlier in the same multi-status response (WebDAV).',
    'Only inside a 207 Multi-Status body from a WebDAV server.',
  ],
  [
    226,
    'The server applied instance manipulations, such as a delta encoding, to the current resource.',
    'Rarely; only for clients that ask for delta encoding with an A-IM header.',
  ],
  [
    300,
    'The resource has several representations and the client may choose one.',
    'Rarely in APIs; some servers list the alternatives in the body or in Link headers.',
  ],
  [
    301,
    'The resource has a new permanent URL, given in the Location header.',
    'After an API or page has moved for good; fetch follows it automatically. Update stored links.',
  ],
  [
    302,
    'The resource is temporarily at another URL, given in the Location header.',
    'After a login or another redirect; fetch follows it automatically, and a POST may become a GET.',
  ],
  [
    303,
    'The result is available at another URL, which the client should fetch with GET.',
    'After a POST that redirects to a result page; fetch follows it automatically.',
  ],
  [
    304,
    'The cached copy is still valid, so no body is sent.',
    'For conditional requests with If-None-Match or If-Modified-Since; the browser cache handles it.',
  ],
  [
    305,
    'Deprecated: the resource had to be accessed through the proxy given in the Location header.',
    'Practically never; clients ignore it for security reasons.',
  ],
  [
    307,
    'The resource is temporarily at another URL; the same request, with the same method and body, should be sent there.',
    'During maintenance or load balancing; fetch follows it automatically.',
  ],
  [
    308,
    'The resource has a new permanent URL; the same request, with the same method and body, should be sent there.',
    'After an API has moved for good, for example from http to https; fetch follows it automatically.',
  ],
  [
    400,
    'The server could not understand the request due to invalid syntax. This often means there is something wrong with the request body, parameters, or query string.',
    'If required fields are missing, JSON formatting is incorrect, or data types do not match the API specification.',
  ],
  [
    401,
    'Authentication is required and has either not been provided or failed. The client must authenticate itself to get the requested response.',
    'When API requests are made without a valid authentication token or with invalid credentials.',
  ],
  [
    402,
    'Reserved for future use by HTTP; some APIs use it when a payment or a paid plan is needed.',
    'Depending on the API: a lapsed subscription, an exhausted paid quota or a declined card.',
  ],
  [
    403,
    'The client is authenticated but does not have permission to access the requested resource. Authorization will not help, and the request should not be repeated.',
    'When a user tries to access a resource or perform an action they do not have rights for.',
  ],
  [
    404,
    'The requested resource could not be found on the server. This can happen if the endpoint URL is incorrect or the resource does not exist.',
    'When requesting a specific resource that does not exist, or using a wrong API endpoint.',
  ],
  [
    405,
    'The method specified in the request is not allowed for the resource. For example, trying to use POST on a resource that only supports GET.',
    'If you try to use an unsupported HTTP method for an endpoint.',
  ],
  [
    406,
    "The server cannot produce a response in any format that the request's Accept headers allow.",
    'If the Accept header asks for a format the endpoint does not offer.',
  ],
  [
    407,
    'A proxy between the client and the server requires authentication.',
    "Behind corporate proxies; the browser usually asks for the proxy's credentials.",
  ],
  [
    408,
    'The server gave up waiting for the client to finish sending the request.',
    'On slow or unstable connections; the same request can be sent again.',
  ],
  [
    409,
    'The request conflicts with the current state of the resource.',
    'When saving an outdated version, creating a duplicate or breaking a uniqueness rule.',
  ],
  [
    410,
    'The resource existed but was removed on purpose, and no new address is known.',
    'When requesting deleted content or a retired API version.',
  ],
  [
    411,
    'The server refuses a request that has no Content-Length header.',
    'Rarely; when a body is streamed to a server that needs its length up front.',
  ],
  [
    412,
    'A condition in the request headers, such as If-Match or If-Unmodified-Since, was not met.',
    'When saving with an ETag that no longer matches because someone else changed the resource first.',
  ],
  [
    413,
    'The request body is larger than the server is willing to process.',
    "When uploading a file or sending a payload over the server's size limit.",
  ],
  [
    414,
    'The request URL is longer than the server is willing to interpret.',
    'When too much data is put in the query string; send it in a request body instead.',
  ],
  [
    415,
    'The server does not support the format of the request body.',
    'When the Content-Type header is missing or wrong, for example JSON sent without application/json.',
  ],
  [
    416,
    'The range the request asked for lies outside the resource.',
    'When resuming a download past the end of a file that has changed or shrunk.',
  ],
  [
    417,
    "The server cannot meet the expectation in the request's Expect header.",
    'Rarely; when a proxy or server does not support Expect: 100-continue.',
  ],
  [
    421,
    'The request reached a server that cannot produce a response for its origin.',
    'Rarely; with HTTP/2 or HTTP/3 connections reused across hosts. Sending the request on a new connection usually works.',
  ],
  [
    422,
    'The request is well-formed, but its content fails validation.',
    'When submitted data breaks validation or business rules; the body often lists the invalid fields.',
  ],
  [423, 'The resource is locked (WebDAV).', 'When another user or process holds a lock on the resource.'],
  [
    424,
    'The request failed because an operation it depends on failed (WebDAV).',
    'In WebDAV and batch requests, after an earlier step of the same request failed.',
  ],
  [
    425,
    'The server will not process a request that might be replayed, because it arrived in TLS early data.',
    'Rarely; with TLS 1.3 early data (0-RTT). The same request can be sent again after the handshake.',
  ],
  [
    426,
    'The server refuses the request over the current protocol; its Upgrade header says which one to use.',
    'When a server requires a newer protocol version or TLS.',
  ],
  [
    428,
    'The server requires the request to be conditional, with If-Match or a similar header.',
    'When updating a resource without sending its ETag, on APIs that prevent lost updates.',
  ],
  [
    429,
    'The user has sent too many requests in a given amount of time ("rate limiting"). The response may include information about how long to wait before making a new request.',
    "If you exceed the API's rate limits.",
  ],
  [
    431,
    "The request's headers, or one of them, are too large for the server.",
    'When cookies or tokens have grown too big; clearing cookies often helps.',
  ],
  [
    451,
    'The resource cannot be served for legal reasons, such as a court order or a regional law.',
    "When content is blocked in the user's country or was removed after a legal demand.",
  ],
  [
    500,
    'An unexpected condition was encountered by the server. This is a generic error message indicating the server failed to fulfill a valid request.',
    'When something goes wrong on the server side, often unrelated to the request.',
  ],
  [
    501,
    'The server does not support the functionality the request needs, such as its method.',
    'When calling a method or feature the server has not implemented.',
  ],
  [
    502,
    'The server was acting as a gateway or proxy and received an invalid response from the upstream server.',
    'If the API relies on other services that are currently failing.',
  ],
  [
    503,
    'The server is currently unable to handle the request due to temporary overload or scheduled maintenance.',
    'During server maintenance or temporary overloading.',
  ],
  [
    504,
    'The server was acting as a gateway or proxy and did not receive a timely response from the upstream server.',
    'If the API takes too long to get a response from another service it depends on.',
  ],
  [
    505,
    'The server does not support the HTTP version used by the request.',
    'Rarely; with very old or misconfigured clients and proxies.',
  ],
  [
    506,
    "The server's content negotiation is misconfigured: the chosen variant negotiates again.",
    'Rarely; it points to a server configuration error.',
  ],
  [
    507,
    'The server cannot store what the request needs to save (WebDAV).',
    'When the server or the account has run out of storage space.',
  ],
  [
    508,
    'The server stopped an operation because it found an infinite loop (WebDAV).',
    'Rarely; with WebDAV requests on collections that contain themselves.',
  ],
  [
    510,
    'The request lacks an extension that the server requires (obsolete: RFC 2774 is historic).',
    'Practically never; the extension framework that used it is historic.',
  ],
  [
    511,
    'The network requires the client to sign in before it can be used.',
    'On captive portals, such as hotel, airport or café Wi-Fi, before signing in to the network.',
  ],
]

const byCode = /* @__PURE__ */ new Map<unknown, StatusDescription>(
  /* @__PURE__ */ descriptions.map(([code, description, whenToExpect]) => [
    code,
    Object.freeze({ description, whenToExpect }),
  ]),
)

/**
 * What a registered status code means and when to expect it, or `undefined` for anything else (unregistered
 * codes, non-integers, strings). For developers: user-facing copy lives in `@statuskit/react`'s pages.
 */
export function describeStatus(code: number): StatusDescription | undefined {
  return byCode.get(code)
}
