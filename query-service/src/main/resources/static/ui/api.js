// The HTTP APIs as the page uses them: query-service on this origin, uploads to ingest-service.
// The API key is asked once and kept in sessionStorage (gone when the tab closes).
import { t } from './i18n.js';

const KEY = 'budget.apiKey';
let settings = null;

export class ApiError extends Error {
  constructor(status, detail, problem) {
    super(detail);
    this.status = status;
    this.problem = problem;
  }
}

export const apiKey = {
  get: () => sessionStorage.getItem(KEY) || '',
  set: (key) => key ? sessionStorage.setItem(KEY, key.trim()) : sessionStorage.removeItem(KEY),
};

function headers(extra = {}) {
  const key = apiKey.get();
  return key ? { 'X-API-Key': key, ...extra } : extra;
}

async function failure(response) {
  let problem = null;
  try { problem = await response.json(); } catch { /* not JSON */ }
  const detail = problem?.detail || problem?.title || `${response.status} ${response.statusText}`;
  return new ApiError(response.status, detail, problem);
}

/** GET a JSON resource of query-service; throws ApiError with the problem's detail. */
export async function getJson(path, { signal } = {}) {
  const response = await fetch(path, { headers: headers({ Accept: 'application/json' }), signal });
  if (!response.ok) throw await failure(response);
  return response.json();
}

export async function postJson(path, body) {
  const response = await fetch(path, {
    method: 'POST', headers: headers({ 'Content-Type': 'application/json', Accept: 'application/json' }),
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await failure(response);
  return response.json();
}

/** Where uploads go, from /api/ui/settings (query-service's budget.query.ingest-url). */
export async function uiSettings() {
  if (!settings) settings = await getJson('/api/ui/settings');
  return settings;
}

/** Uploads one file to ingest-service; answers its receipt. */
export async function upload(file) {
  const { ingestUrl } = await uiSettings();
  const form = new FormData();
  form.append('files', file, file.name);
  let response;
  try {
    response = await fetch(`${ingestUrl}/api/documents`, { method: 'POST', headers: headers(), body: form });
  } catch (e) {
    throw new ApiError(0, t('error.unreachable', { url: ingestUrl || location.origin }));
  }
  if (!response.ok) throw await failure(response);
  return (await response.json()).documents[0];
}

/** Downloads a resource (a CSV of the API, an annotated PDF) with the key, under a file name. */
export async function download(path, filename) {
  const response = await fetch(path, { headers: headers() });
  if (!response.ok) throw await failure(response);
  saveBlob(await response.blob(), filename);
}

export function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** An image of the API as an object URL (an <img src> cannot send the key). */
export async function imageUrl(path) {
  const response = await fetch(path, { headers: headers() });
  if (!response.ok) throw await failure(response);
  return URL.createObjectURL(await response.blob());
}

/** The API path of a budget (department key, year, kind), with an optional suffix. */
export function budgetPath(departmentKey, year, kind = 'DEPARTMENT', suffix = '', query = '') {
  const q = new URLSearchParams(query);
  if (kind && kind !== 'DEPARTMENT') q.set('kind', kind);
  const qs = q.toString();
  return `/api/budgets/${encodeURIComponent(departmentKey)}/${year}${suffix}${qs ? '?' + qs : ''}`;
}

/** Adds format=csv to an API path. */
export function csv(path) {
  return path + (path.includes('?') ? '&' : '?') + 'format=csv';
}
