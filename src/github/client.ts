/**
 * A small GitHub REST client for the popularity figures: retries on server errors and
 * network failures with backoff, waits out a rate limit when the reset is near (else says
 * so), follows `Link: rel="next"` pages. Uses the runtime's fetch; no call is made unless asked.
 */

export interface ClientOptions {
  token: string;
  /** `GITHUB_API_URL` on Actions (GitHub Enterprise), else https://api.github.com. */
  baseUrl: string;
  /** Retries after the first attempt, for 5xx and network errors. */
  retries?: number;
  /** First backoff in ms (doubles each retry). */
  backoffMs?: number;
  /** The longest wait for a rate-limit reset before giving up, in seconds. */
  maxRateWaitSeconds?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export type ApiFailure =
  | { kind: 'not-found'; status: 404 }
  | { kind: 'rate-limited'; resetAt: number | null }
  | { kind: 'offline'; detail: string }
  | { kind: 'api-error'; status: number; detail: string };

export class ApiError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.kind);
  }
}

export interface ApiResponse<T> {
  data: T;
  next: string | null;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function nextLink(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1]!;
  }
  return null;
}

export function createClient(options: ClientOptions) {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? (() => Date.now());
  const retries = options.retries ?? 3;
  const backoff = options.backoffMs ?? 1000;
  const maxWait = options.maxRateWaitSeconds ?? 60;
  const base = options.baseUrl.replace(/\/+$/, '');

  async function get<T>(pathOrUrl: string): Promise<ApiResponse<T>> {
    const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${base}${pathOrUrl}`;
    let lastNetwork = '';
    for (let attempt = 0; attempt <= retries; attempt++) {
      let res: Response;
      try {
        res = await doFetch(url, {
          headers: { accept: 'application/vnd.github+json', authorization: `Bearer ${options.token}`, 'x-github-api-version': '2022-11-28', 'user-agent': 'mlops-ci-check' },
          signal: AbortSignal.timeout(30_000),
        });
      } catch (err: unknown) {
        // Errors from fetch may come from another realm (undici): read them by shape, not by class.
        const e = err as { message?: unknown; cause?: { code?: unknown; message?: unknown } };
        const cause = e.cause ? String(e.cause.code ?? e.cause.message ?? '') : '';
        lastNetwork = `${String(e.message ?? err)}${cause ? `: ${cause}` : ''}`;
        if (attempt < retries) await sleep(backoff * 2 ** attempt);
        continue;
      }
      if (res.ok) return { data: (await res.json()) as T, next: nextLink(res.headers.get('link')) };
      const remaining = res.headers.get('x-ratelimit-remaining');
      const retryAfter = res.headers.get('retry-after');
      if ((res.status === 403 || res.status === 429) && (remaining === '0' || retryAfter !== null)) {
        const reset = Number(res.headers.get('x-ratelimit-reset'));
        const waitSeconds = retryAfter !== null ? Number(retryAfter) : Number.isFinite(reset) && reset > 0 ? Math.max(0, reset - now() / 1000) : Infinity;
        if (waitSeconds <= maxWait && attempt < retries) {
          await sleep(Math.ceil(waitSeconds) * 1000);
          continue;
        }
        throw new ApiError({ kind: 'rate-limited', resetAt: Number.isFinite(reset) && reset > 0 ? reset : null });
      }
      if (res.status === 404) throw new ApiError({ kind: 'not-found', status: 404 });
      if (res.status >= 500 && attempt < retries) {
        await sleep(backoff * 2 ** attempt);
        continue;
      }
      const body = await res.text().catch(() => '');
      let detail = body.slice(0, 200);
      try {
        detail = String((JSON.parse(body) as { message?: unknown }).message ?? detail);
      } catch {
        // Not JSON: keep the text.
      }
      throw new ApiError({ kind: 'api-error', status: res.status, detail });
    }
    throw new ApiError({ kind: 'offline', detail: lastNetwork });
  }

  return { get };
}

export type GithubClient = ReturnType<typeof createClient>;
