// A small local stand-in for the parts of Stripe's HTTP API that Ambit calls, so tests run with no
// network: POST /v1/checkout/sessions, GET /v1/checkout/sessions/:id, POST /v1/refunds, and a
// hosted checkout page at /checkout/:id. It also builds the webhook events Stripe would send, signed like Stripe signs them.
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

export type FakeCheckoutSession = {
  id: string;
  object: "checkout.session";
  mode: string;
  status: "open" | "complete";
  payment_status: "unpaid" | "paid";
  amount_total: number;
  currency: string;
  customer_email: string | null;
  customer_details: { email: string; name: string | null } | null;
  metadata: Record<string, string>;
  payment_intent: string | null;
  success_url: string;
  cancel_url: string;
  url: string;
  line_items: { name: string; quantity: number; unit_amount: number }[];
  created: number;
};

export type FakeStripe = {
  url: string;
  port: number;
  /** Every API request received, in order (method, path, parsed form body). */
  requests: { method: string; path: string; body: Record<string, unknown> }[];
  sessions: Map<string, FakeCheckoutSession>;
  /** The buyer pays on the hosted page: the session as checkout.session.completed carries it. */
  completeSession(id: string, customer: { email: string; name?: string }): FakeCheckoutSession;
  /** Amount refunded so far per payment intent (POST /v1/refunds adds to it). */
  refunded: Map<string, number>;
  /** A charge for a paid session with `refundedTotal` (default: what was refunded through the API) refunded so far, as charge.refunded carries it. */
  refundedCharge(sessionId: string, refundedTotal?: number): Record<string, unknown>;
  close(): Promise<void>;
};

export const FAKE_STRIPE_KEY = "sk_test_fake_0123456789";
export const FAKE_WEBHOOK_SECRET = "whsec_fake_0123456789abcdef";

/** Starts the fake on `port` (0: any free port) on 127.0.0.1. */
export async function startFakeStripe(opts: { port?: number } = {}): Promise<FakeStripe> {
  const sessions = new Map<string, FakeCheckoutSession>();
  const requests: FakeStripe["requests"] = [];
  const refunded = new Map<string, number>();
  const idempotent = new Map<string, unknown>();
  let base = "";

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const raw = await readBody(req);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json", "request-id": `req_${crypto.randomBytes(6).toString("hex")}` });
      res.end(JSON.stringify(body));
    };

    const page = /^\/checkout\/([\w]+)$/.exec(url.pathname);
    if (req.method === "GET" && page) {
      const s = sessions.get(page[1]);
      res.writeHead(s ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
      res.end(checkoutPage(s));
      return;
    }
    if (!url.pathname.startsWith("/v1/")) return json(404, { error: { type: "invalid_request_error", message: "Not found" } });
    if (!/^Bearer sk_test_/.test(req.headers.authorization ?? "")) {
      return json(401, { error: { type: "invalid_request_error", message: "Invalid API Key provided" } });
    }
    const body = parseForm(raw);
    requests.push({ method: req.method ?? "GET", path: url.pathname, body });

    if (req.method === "POST" && url.pathname === "/v1/checkout/sessions") {
      const lineItems = (asArray(body.line_items) as Record<string, Record<string, unknown>>[]).map((li) => {
        const price = (li.price_data ?? {}) as Record<string, unknown>;
        const product = (price.product_data ?? {}) as Record<string, unknown>;
        return { name: String(product.name ?? ""), quantity: Number(li.quantity ?? 1), unit_amount: Number(price.unit_amount ?? 0), currency: String(price.currency ?? "") };
      });
      if (body.mode !== "payment" || !lineItems.length || lineItems.some((li) => !li.name || !li.currency || !(li.unit_amount > 0))) {
        return json(400, { error: { type: "invalid_request_error", message: "mode=payment and line_items with price_data are required" } });
      }
      const id = `cs_test_${crypto.randomBytes(12).toString("hex")}`;
      const session: FakeCheckoutSession = {
        id, object: "checkout.session", mode: "payment", status: "open", payment_status: "unpaid",
        amount_total: lineItems.reduce((sum, li) => sum + li.unit_amount * li.quantity, 0), currency: lineItems[0].currency,
        customer_email: typeof body.customer_email === "string" ? body.customer_email : null, customer_details: null,
        metadata: (body.metadata ?? {}) as Record<string, string>, payment_intent: null,
        success_url: String(body.success_url ?? ""), cancel_url: String(body.cancel_url ?? ""), url: `${base}/checkout/${id}`,
        line_items: lineItems.map(({ name, quantity, unit_amount }) => ({ name, quantity, unit_amount })), created: Math.floor(Date.now() / 1000),
      };
      sessions.set(id, session);
      return json(200, session);
    }
    if (req.method === "POST" && url.pathname === "/v1/refunds") {
      const key = req.headers["idempotency-key"];
      if (typeof key === "string" && idempotent.has(key)) return json(200, idempotent.get(key));
      const pi = String(body.payment_intent ?? "");
      const session = [...sessions.values()].find((x) => x.payment_intent === pi && x.payment_status === "paid");
      if (!session) return json(400, { error: { type: "invalid_request_error", message: `No such payment_intent: '${pi}'` } });
      const already = refunded.get(pi) ?? 0;
      const amount = body.amount === undefined ? session.amount_total - already : Number(body.amount);
      if (!(amount > 0) || already + amount > session.amount_total) {
        return json(400, { error: { type: "invalid_request_error", message: `Refund amount (${amount}) is greater than unrefunded amount on charge (${session.amount_total - already})` } });
      }
      refunded.set(pi, already + amount);
      const refund = { id: `re_${crypto.randomBytes(12).toString("hex")}`, object: "refund", amount, currency: session.currency, payment_intent: pi, charge: `ch_${pi.slice(3)}`, status: "succeeded", metadata: body.metadata ?? {} };
      if (typeof key === "string") idempotent.set(key, refund);
      return json(200, refund);
    }
    const get = /^\/v1\/checkout\/sessions\/([\w]+)$/.exec(url.pathname);
    if (req.method === "GET" && get) {
      const s = sessions.get(get[1]);
      return s ? json(200, s) : json(404, { error: { type: "invalid_request_error", message: `No such checkout.session: '${get[1]}'` } });
    }
    return json(404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${url.pathname})` } });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;

  return {
    url: base,
    port,
    requests,
    sessions,
    refunded,
    completeSession(id, customer) {
      const s = sessions.get(id);
      if (!s) throw new Error(`No such checkout session ${id}`);
      Object.assign(s, {
        status: "complete", payment_status: "paid",
        customer_details: { email: customer.email, name: customer.name ?? null },
        payment_intent: s.payment_intent ?? `pi_test_${crypto.randomBytes(12).toString("hex")}`,
      });
      return { ...s };
    },
    refundedCharge(sessionId, total) {
      const s = sessions.get(sessionId);
      if (!s?.payment_intent) throw new Error(`Checkout session ${sessionId} is not paid`);
      const refundedTotal = total ?? refunded.get(s.payment_intent) ?? 0;
      return {
        id: `ch_${s.payment_intent.slice(3)}`, object: "charge", amount: s.amount_total, amount_refunded: refundedTotal,
        currency: s.currency, payment_intent: s.payment_intent, refunded: refundedTotal >= s.amount_total, paid: true, status: "succeeded",
      };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const signer = new Stripe(FAKE_STRIPE_KEY);

/** A webhook delivery as Stripe sends it: the JSON body and its Stripe-Signature header. */
export function signedStripeEvent(type: string, object: unknown, opts: { secret?: string; id?: string; timestamp?: number } = {}) {
  const id = opts.id ?? `evt_test_${crypto.randomBytes(12).toString("hex")}`;
  const payload = JSON.stringify({
    id, object: "event", api_version: "2026-01-01", created: Math.floor(Date.now() / 1000), type, livemode: false,
    pending_webhooks: 1, request: { id: null, idempotency_key: null }, data: { object },
  });
  const signature = signer.webhooks.generateTestHeaderString({ payload, secret: opts.secret ?? FAKE_WEBHOOK_SECRET, timestamp: opts.timestamp });
  return { id, payload, signature };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Stripe's form encoding (`line_items[0][price_data][currency]=gbp`) back into nested objects. */
export function parseForm(raw: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const path = key.replace(/\]/g, "").split("[");
    let node = root as Record<string, unknown>;
    for (const [i, part] of path.entries()) {
      if (i === path.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    }
  }
  return root;
}

function asArray(value: unknown): unknown[] {
  if (!value || typeof value !== "object") return [];
  return Object.keys(value).sort((a, b) => Number(a) - Number(b)).map((k) => (value as Record<string, unknown>)[k]);
}

function checkoutPage(s: FakeCheckoutSession | undefined): string {
  if (!s) return `<!doctype html><html lang="en"><head><title>Not found</title></head><body><h1>No such checkout</h1></body></html>`;
  const amount = new Intl.NumberFormat("en-GB", { style: "currency", currency: s.currency.toUpperCase() }).format(s.amount_total / 100);
  const name = s.line_items.map((li) => li.name).join(", ").replace(/[<>&"]/g, "");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fake Stripe Checkout</title></head>
<body><main><h1>Pay ${name}</h1><p data-testid="amount">${amount}</p><p data-testid="session-id">${s.id}</p>
<p>Email: ${s.customer_email ?? "(asked on this page)"}</p></main></body></html>`;
}
