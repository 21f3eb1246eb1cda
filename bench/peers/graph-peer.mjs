// The scripts an admin would otherwise write with Microsoft's Graph JS SDK (3.0.7), as peers for
// Portrait's benchmarks. Usage:
//   node graph-peer.mjs audit|export naive|batched ROOT TOKEN_ENV [OUT_DIR]
// ROOT is e.g. http://127.0.0.1:8080/v1.0. The SDK's AuthenticationHandler sends (and keeps) the token only
// for https Graph hosts, so the peers use the SDK's default middleware chain without it (retry with
// Retry-After, redirects, telemetry, fetch) and set the token on each request: the requests on the wire
// are the same as against Graph.
import {
    Client, BatchRequestContent, BatchResponseContent, ResponseType,
    RetryHandler, RetryHandlerOptions, RedirectHandler, RedirectHandlerOptions, TelemetryHandler, HTTPMessageHandler,
} from "@microsoft/microsoft-graph-client";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [job, mode, root, tokenEnv, outDir] = process.argv.slice(2);
const token = process.env[tokenEnv];
const url = new URL(root);
const version = url.pathname.replace(/^\/+|\/+$/g, "");
const chain = [new RetryHandler(new RetryHandlerOptions()), new RedirectHandler(new RedirectHandlerOptions()),
    new TelemetryHandler(), new HTTPMessageHandler()];
for (let i = 0; i + 1 < chain.length; i++) chain[i].setNext(chain[i + 1]);
const client = Client.initWithMiddleware({
    baseUrl: `${url.protocol}//${url.host}`,
    defaultVersion: version,
    middleware: chain[0],
});
const api = (path) => client.api(path).header("Authorization", `Bearer ${token}`);

let throttled = 0;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function listUsers() {
    const ids = [];
    let page = await api("/users").top(999).select("id").get();
    for (;;) {
        for (const u of page.value) ids.push(u.id);
        if (!page["@odata.nextLink"]) break;
        // The SDK takes a full nextLink only for https Graph hosts; give it the path under the root.
        page = await api(page["@odata.nextLink"].slice(root.length)).get();
    }
    return ids;
}

async function naive(ids) {
    const counts = {};
    if (outDir) mkdirSync(outDir, { recursive: true });
    for (const id of ids) {
        let status = "photo";
        try {
            if (job === "audit") {
                const meta = await api(`/users/${id}/photo`).get();
                if (meta.width === 1 && meta.height === 1) status = "none";
            } else {
                const bytes = await api(`/users/${id}/photo/$value`).responseType(ResponseType.ARRAYBUFFER).get();
                writeFileSync(join(outDir, `${id}.jpg`), Buffer.from(bytes));
            }
        } catch (e) {
            status = e.statusCode === 404 ? "none" : "error";
            if (e.statusCode === 429) throttled++;
        }
        counts[status] = (counts[status] || 0) + 1;
    }
    return counts;
}

async function batched(ids) {
    const counts = {};
    if (outDir) mkdirSync(outDir, { recursive: true });
    let pending = ids.slice();
    while (pending.length) {
        const retry = [];
        let wait = 0;
        for (let i = 0; i < pending.length; i += 20) {
            const chunk = pending.slice(i, i + 20);
            const batch = new BatchRequestContent(chunk.map((id) => ({
                id,
                request: new Request(`${root}/users/${id}/photo${job === "audit" ? "" : "/$value"}`, { method: "GET" }),
            })));
            const answer = new BatchResponseContent(await api("/$batch").post(await batch.getContent()));
            for (const [id, response] of answer.getResponses()) {
                if (response.status === 429) {
                    throttled++;
                    retry.push(id);
                    wait = Math.max(wait, parseFloat(response.headers.get("Retry-After") || "1") * 1000);
                    continue;
                }
                let status = response.status === 200 ? "photo" : response.status === 404 ? "none" : "error";
                if (status === "photo" && job === "audit") {
                    const meta = await response.json();
                    if (meta.width === 1 && meta.height === 1) status = "none";
                } else if (status === "photo") {
                    writeFileSync(join(outDir, `${id}.jpg`), Buffer.from(await response.text(), "base64"));
                }
                counts[status] = (counts[status] || 0) + 1;
            }
        }
        pending = retry;
        if (retry.length) await sleep(wait);
    }
    return counts;
}

const started = Date.now();
const ids = await listUsers();
const counts = mode === "batched" ? await batched(ids) : await naive(ids);
console.log(JSON.stringify({ job, mode, users: ids.length, seconds: (Date.now() - started) / 1000, throttled, counts }));
