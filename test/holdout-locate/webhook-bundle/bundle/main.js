let node_crypto = require("node:crypto");
let node_http = require("node:http");
let pg = require("pg");
// src/store.ts
const settings = {
	host: process.env.PGHOST ?? "127.0.0.1",
	port: Number(process.env.PGPORT ?? 5432),
	user: process.env.PGUSER ?? "postgres",
	database: process.env.PGDATABASE ?? "test",
	application_name: "webhook-relay"
};
async function withClient(work) {
	const client = new pg.Client(settings);
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}
const recordDelivery = (d) => withClient(async (client) => {
	return (await client.query("SELECT $1::text AS id, $2::text AS event, $3::text AS repo, $4::timestamptz AS at", [
		d.id,
		d.event,
		d.repository,
		d.receivedAt
	])).rowCount ?? 0;
});
const markNotified = (id, channels) => withClient(async (client) => {
	await client.query("SELECT $1::text AS id, $2::int AS channels, now() AS notified_at", [id, channels]);
});
// src/summary.ts
const describe = (d) => {
	const when = new Intl.DateTimeFormat("en-US", {
		timeZone: "America/Chicago",
		dateStyle: "medium",
		timeStyle: "long"
	}).format(d.receivedAt);
	return `${d.event} on ${d.repository} at ${when}`;
};
// src/main.ts
const SECRET = "relay-secret";
const CHANNELS = [
	"chat",
	"email",
	"audit"
];
const sign = (body) => `sha256=${(0, node_crypto.createHmac)("sha256", SECRET).update(body).digest("hex")}`;
async function receive(req, res) {
	let body = "";
	for await (const chunk of req) body += chunk;
	if (req.headers["x-hub-signature-256"] !== sign(body)) {
		res.writeHead(401).end();
		return;
	}
	const payload = JSON.parse(body);
	const delivery = {
		id: String(req.headers["x-github-delivery"]),
		event: String(req.headers["x-github-event"]),
		repository: payload.repository.full_name,
		receivedAt: new Date(Date.UTC(2026, 10, 1) + Number(String(req.headers["x-github-delivery"]).slice(2)) * 6e4)
	};
	await recordDelivery(delivery);
	const lines = CHANNELS.map((channel) => `[${channel}] ${describe(delivery)} (${payload.commits.length} commits)`);
	await markNotified(delivery.id, lines.length);
	res.writeHead(202, { "content-type": "text/plain" }).end(lines.join("\n"));
}
function deliver(agent, port, n) {
	const body = JSON.stringify({
		repository: { full_name: `acme/service-${n % 17}` },
		commits: Array.from({ length: 8 + n % 5 }, (_, i) => ({
			id: `${n}-${i}`,
			message: `change ${i}`
		}))
	});
	return new Promise((resolve, reject) => {
		const req = (0, node_http.request)({
			host: "127.0.0.1",
			port,
			method: "POST",
			path: "/hooks/github",
			agent,
			headers: {
				"x-github-event": n % 3 ? "push" : "pull_request",
				"x-github-delivery": `d-${n}`,
				"x-hub-signature-256": sign(body)
			}
		}, (res) => {
			res.resume();
			res.on("end", () => resolve(res.statusCode ?? 0));
		});
		req.on("error", reject);
		req.end(body);
	});
}
async function main() {
	const server = (0, node_http.createServer)((req, res) => {
		receive(req, res).catch((err) => res.writeHead(500).end(err.message));
	});
	await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
	const { port } = server.address();
	const agent = new node_http.Agent({
		keepAlive: true,
		maxSockets: 4
	});
	const total = Number(process.env.RELAY_DELIVERIES ?? 700);
	let next = 0;
	const worker = async () => {
		while (next < total) {
			const status = await deliver(agent, port, next++);
			if (status !== 202) throw new Error(`delivery failed with ${status}`);
		}
	};
	await Promise.all([
		worker(),
		worker(),
		worker(),
		worker()
	]);
	agent.destroy();
	server.close();
}
main().catch((err) => {
	console.error(err);
	process.exitCode = 1;
});

//# sourceMappingURL=main.js.map