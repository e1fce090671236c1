// Lambda's update time, for the recording proxy (--lambda-time): moto finishes every update at
// once, real Lambda takes seconds. After a successful UpdateFunctionCode or
// UpdateFunctionConfiguration the function reads LastUpdateStatus InProgress for `updateMs`,
// and any update or PublishVersion on it meanwhile gets Lambda's 409
// (ResourceConflictException, "An update is in progress"); a published version reads State
// Pending for `versionMs`. It also notes, for each such period in which the client was
// waiting (it asked something of the function during it), how long after the period ended the
// client's next request for the function came: the time lost beyond Lambda's own.
// Not emulated: CreateFunction's Pending state, provisioned concurrency, layers, aliases.

const FUNCTIONS = /^\/2015-03-31\/functions\/([^/?]+)(\/[^?]*)?(?:\?(.*))?$/;
const TAGS = /^\/2017-03-31\/tags\/([^/?]+)/;

/**
 * @param {{ updateMs: number, versionMs: number }} timing
 */
export function lambdaTiming({ updateMs, versionMs }) {
  /** @type {Map<string, { until: number, asked: boolean, kind: string }>} busy periods by key */
  const busy = new Map();
  /** @type {{ kind: string, lostMs: number, at: number }[]} */
  const waits = [];

  /** The function (and version, for a version's reads) a request is about. */
  function target(method, url) {
    const tags = TAGS.exec(url);
    if (tags !== null) {
      const name = decodeURIComponent(tags[1]).split(':').at(6) ?? '';
      return { name, version: undefined, call: method === 'POST' ? 'tag' : 'read' };
    }
    const match = FUNCTIONS.exec(url);
    if (match === null) return undefined;
    const name = decodeURIComponent(match[1]).split(':').at(-1) ?? '';
    const rest = match[2] ?? '';
    const qualifier = new URLSearchParams(match[3] ?? '').get('Qualifier') ?? undefined;
    let call = 'read';
    if (method === 'PUT' && (rest === '/code' || rest === '/configuration')) call = 'update';
    else if (method === 'POST' && rest === '/versions') call = 'publish';
    else if (method !== 'GET') call = 'other';
    return { name, version: qualifier, call };
  }

  /** Ends periods that are over, noting when the client next asked after a waited-on one. */
  function settle(key, now) {
    const period = busy.get(key);
    if (period === undefined || now < period.until) return period;
    busy.delete(key);
    if (period.asked) waits.push({ kind: period.kind, lostMs: now - period.until, at: now });
    return undefined;
  }

  return {
    waits,
    /**
     * Called for each request before it is passed on: a canned 409 answer for an update of a
     * busy function, or undefined to pass it on.
     */
    before(method, url, now) {
      const about = target(method, url);
      if (about === undefined) return undefined;
      const fn = settle(about.name, now);
      if (about.version !== undefined) {
        const version = settle(`${about.name}:${about.version}`, now);
        if (version !== undefined) version.asked = true;
      }
      if (fn === undefined) return undefined;
      fn.asked = true;
      if (about.call !== 'update' && about.call !== 'publish') return undefined;
      return {
        status: 409,
        headers: {
          'content-type': 'application/json',
          'x-amzn-errortype': 'ResourceConflictException',
        },
        body: JSON.stringify({
          Type: 'User',
          message: `The operation cannot be performed at this time. An update is in progress for resource: arn:aws:lambda:us-east-1:123456789012:function:${about.name}`,
        }),
      };
    },
    /** Rewrites a successful answer's JSON: starts a period, or shows one under way. */
    after(method, url, status, body, now) {
      const about = target(method, url);
      if (about === undefined || status < 200 || status >= 300 || body.length === 0) return body;
      let json;
      try {
        json = JSON.parse(body);
      } catch {
        return body;
      }
      const configuration = json.Configuration ?? json;
      if (about.call === 'update') {
        busy.set(about.name, { until: now + updateMs, asked: false, kind: 'update' });
      }
      if (about.call === 'publish' && json.Version !== undefined) {
        busy.set(`${about.name}:${json.Version}`, {
          until: now + versionMs,
          asked: false,
          kind: 'version Active',
        });
      }
      if (busy.has(about.name) && (about.version === undefined || about.version === '$LATEST')) {
        configuration.LastUpdateStatus = 'InProgress';
        configuration.LastUpdateStatusReason = 'The function is being updated.';
        configuration.LastUpdateStatusReasonCode = 'Updating';
      }
      const version = about.call === 'publish' ? json.Version : about.version;
      if (version !== undefined && busy.has(`${about.name}:${version}`)) {
        configuration.State = 'Pending';
        configuration.StateReason = 'The function is being created.';
        configuration.StateReasonCode = 'Creating';
      }
      return JSON.stringify(json);
    },
  };
}
