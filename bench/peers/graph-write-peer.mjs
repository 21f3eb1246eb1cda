// The photo upload loop an admin would otherwise write with Microsoft's Graph JS SDK (3.0.7), as the peer of
// Portrait's bulk set (`import --apply`). Usage:
//   node graph-write-peer.mjs ROOT TOKEN_ENV FOLDER
// Every file FOLDER/{userPrincipalName}.jpg is put as that user's photo with `client.api(path).put(buffer)`, one
// after another: no backup, no verification, no journal (what Portrait does on top). As in graph-peer.mjs, the
// SDK's default middleware chain without its AuthenticationHandler (it sends the token to https Graph hosts only),
// the token set on each request; the RetryHandler honours Retry-After on 429.
import {
    Client, RetryHandler, RetryHandlerOptions, RedirectHandler, RedirectHandlerOptions, TelemetryHandler,
    HTTPMessageHandler,
} from "@microsoft/microsoft-graph-client";
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";

const [root, tokenEnv, folder] = process.argv.slice(2);
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

const started = Date.now();
const counts = {};
let throttled = 0;
for (const name of readdirSync(folder).sort()) {
    if (extname(name).toLowerCase() !== ".jpg") continue;
    const upn = name.slice(0, -4);
    let status = "written";
    try {
        await client.api(`/users/${encodeURIComponent(upn)}/photo/$value`)
            .header("Authorization", `Bearer ${token}`)
            .header("Content-Type", "image/jpeg")
            .put(readFileSync(join(folder, name)));
    } catch (e) {
        status = "failed";
        if (e.statusCode === 429) throttled++;
    }
    counts[status] = (counts[status] || 0) + 1;
}
console.log(JSON.stringify({ job: "set", mode: "naive", seconds: (Date.now() - started) / 1000, throttled, counts }));
